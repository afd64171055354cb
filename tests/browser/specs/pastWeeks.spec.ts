import { testIds } from '../../../src/testIds';
import { expect, test } from './shopPage';

test('What changed says what the bad deploy cost each partner of dep-b, and spares the config reload', async ({
  shop,
}) => {
  await shop.open('what-changed');
  const deploy = shop.page.getByTestId(testIds.whatChanged.change(0));
  await expect(deploy).toContainText('2.15.0');
  const impact = shop.page.getByTestId(testIds.whatChanged.impact(0));
  await expect(impact).toContainText(
    /Suspect on business grounds: (sportowo|bobasek): orders [−-]\d+% against last week’s/
  );
  await expect(impact).toContainText('sportowo');
  await expect(impact).toContainText('bobasek');
  await expect(impact).toContainText(/≈ PLN\s[\d,]+ in the hour/);
  await expect(impact).not.toContainText('kwiatex');
  // Where the orders went: conversion and each method's payment success, before → after.
  await expect(impact).toContainText(/Visits that bought [\d.]+% → [\d.]+% \([\d.]+% a week earlier\)/);
  await expect(impact).toContainText(/Payments that worked: BLIK [\d.]+% → [\d.]+%/);
  // The gateway config reload on dep-c cost techmania nothing.
  await expect(shop.page.getByTestId(testIds.whatChanged.impact(1))).toContainText('within what the same hour did');
  // The bands are drawn but stay out of the legend.
  await expect(shop.panel('Server errors')).toContainText('dep-b /api/search');
  await expect(shop.panel('Server errors')).not.toContainText('usual');
  expect(shop.problems).toEqual([]);
});

test('the Business page marks the orders of an hour that the incident took out of their usual range', async ({
  shop,
}) => {
  await shop.open('business?var-deployment=dep-b');
  await expect(shop.page.getByTestId(testIds.business.unusual('orders_paid'))).toContainText(
    /^Last hour unusually low for a \w+day \d\d:00: [\d,]+, the last 4 weeks had [\d,]+ to [\d,]+$/
  );
  // The hour-by-hour panels draw each KPI in front of its range, which stays out of the legend.
  for (const title of ['Revenue, hour by hour', 'Orders paid, hour by hour']) {
    await expect(shop.panel(title).locator('canvas').first()).toBeVisible();
    await expect(shop.panel(title)).not.toContainText('usual');
  }
  await shop.open('business?var-deployment=dep-a');
  await expect(shop.page.getByTestId(testIds.business.kpi('orders_paid'))).toBeVisible();
  await expect(shop.page.getByTestId(testIds.business.unusual('orders_paid'))).toHaveCount(0);
  expect(shop.problems).toEqual([]);
});
