import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { testIds } from '../../../src/testIds';
import { CONFIG_PAGE, PICTURES_DIR, type ShopPage, expect, test } from './shopPage';

const SETTINGS = '**/api/plugins/shoppulse-observability-app/settings';

/** Pictures at a laptop's width, as tall as the content, for `npm run screenshots` as for a person. */
async function picture(shop: ShopPage, name: string) {
  await shop.page.setViewportSize({ width: 1440, height: 900 });
  await shop.settled();
  await shop.screenshot(join(PICTURES_DIR, `${name}.png`));
}

/**
 * This page's own copy of the app's settings: what its configuration page saves, its later pages read, while the
 * harness server (shared by the tests running beside this one) keeps the demo's.
 */
async function settingsOfThisPage(page: Page) {
  let saved: Record<string, unknown> | undefined;
  await page.route(SETTINGS, async (route) => {
    if (route.request().method() === 'POST') {
      saved = route.request().postDataJSON();
    }
    const meta = await (await route.fetch({ method: 'GET' })).json();
    await route.fulfill({ json: { ...meta, ...saved } });
  });
}

/** What a partner page says its contract allows and how much of it is left. */
async function partnerFigures(shop: ShopPage, partner: string) {
  await shop.open(`partners/${partner}`);
  const budget = shop.panel('Budget left');
  await expect(budget).toContainText('%');
  const report = shop.page.getByTestId(testIds.partners.report);
  const firstMonth = report.locator('tbody tr').first().locator('td');
  const number = (text: string) => Number(text.replace(/[^\d.-]/g, ''));
  return {
    budgetLeft: number((await budget.locator('text=/-?\\d[\\d.]*\\s*%/').first().textContent()) ?? '') / 100,
    target: await firstMonth.nth(3).textContent(),
    badRequests: number((await firstMonth.nth(5).textContent()) ?? ''),
    allowedBadRequests: number((await firstMonth.nth(6).textContent()) ?? ''),
    credit: await firstMonth.nth(7).textContent(),
    budgetInWords: await shop.page.getByTestId(testIds.partners.budgetLeft).textContent(),
    // The share of bad requests above which the fastest alert pair fires.
    phoneThreshold: await shop.page
      .getByTestId(testIds.partners.burnRates)
      .locator('tbody tr')
      .first()
      .locator('td')
      .nth(3)
      .textContent(),
    slowShareTitle: await shop.page
      .getByText(/^Requests slower than/)
      .first()
      .textContent(),
  };
}

test('a target changed on the configuration page changes that partner’s budget, alert thresholds and report, and no one else’s', async ({
  shop,
}) => {
  await settingsOfThisPage(shop.page);
  const before = { kwiatex: await partnerFigures(shop, 'kwiatex'), sportowo: await partnerFigures(shop, 'sportowo') };
  expect(before.kwiatex.target).toBe('95%');
  expect(before.kwiatex.phoneThreshold).toBe('72%');
  expect(before.kwiatex.credit).toBe('none');
  expect(before.kwiatex.budgetInWords).toMatch(
    /^About [\d,]+ more slow or failed requests fit in the budget of November 2026 \(95%/
  );
  expect(before.kwiatex.budgetInWords).toMatch(/carry ≈ [\d,]+ orders, ≈ PLN\s[\d,]+ \(an estimate/);
  const risk = shop.page.getByTestId(testIds.business.risk('sla_month_missed'));
  await shop.open('business');
  await expect(risk).toHaveAttribute('data-state', 'good');

  // The demo's contracts are listed, kwiatex's second: fee and credit scale set, target left to the default.
  await shop.open(CONFIG_PAGE);
  await expect(shop.page.getByTestId(testIds.appConfig.contractPartner(1))).toHaveValue('kwiatex');
  await shop.page.getByTestId(testIds.appConfig.contractTarget(1)).fill('99');
  // Its credit scale's first line moves with the target: a month below 99% now earns 10% of the fee.
  await shop.page.getByTestId(testIds.appConfig.contractCredits(1)).fill('99:10, 90:25');
  await picture(shop, 'configuration-contracts');
  const saved = shop.page.waitForResponse((response) => response.request().method() === 'POST');
  await shop.page.getByTestId(testIds.appConfig.save).click();
  await saved;

  const after = { kwiatex: await partnerFigures(shop, 'kwiatex'), sportowo: await partnerFigures(shop, 'sportowo') };
  expect(after.sportowo).toEqual(before.sportowo);
  const kwiatex = after.kwiatex;
  expect(kwiatex.target).toBe('99%');
  // 14.4 times a 1% budget instead of a 5% one.
  expect(kwiatex.phoneThreshold).toBe('14.4%');
  // The same requests, a fifth of the allowance: the bad ones spend five times the share of it.
  expect(kwiatex.badRequests).toBe(before.kwiatex.badRequests);
  expect(kwiatex.allowedBadRequests / before.kwiatex.allowedBadRequests).toBeCloseTo(0.2, 2);
  expect(1 - kwiatex.budgetLeft).toBeCloseTo(5 * (1 - before.kwiatex.budgetLeft), 1);
  // The threshold was left to the default.
  expect(kwiatex.slowShareTitle).toBe(before.kwiatex.slowShareTitle);
  // Near 98% in November, below 99%: 10% of its PLN 12,000 fee, now and at month end.
  expect(kwiatex.credit).toBe('10% of the fee, PLN\u00a01,200');
  expect(kwiatex.budgetInWords).toMatch(/^November 2026 is set to miss 99%/);
  expect(kwiatex.budgetInWords).toMatch(/a service credit of 10% of its fee, PLN\s1,200/);
  await shop.open('business');
  await expect(risk).toHaveAttribute('data-state', 'bad');
  await expect(risk).toContainText(
    /kwiatex · dep-a \(9[78]\.\d+% at month end: a credit of 10% of the fee, PLN\s1,200\)/
  );
  await expect(risk).not.toContainText('sportowo');
  await shop.open('partners/kwiatex');
  await picture(shop, 'partner-contract');
});

test('the configuration page names a contract it cannot save and saves nothing', async ({ shop }) => {
  await settingsOfThisPage(shop.page);
  await shop.open(CONFIG_PAGE);
  await shop.page.getByTestId(testIds.appConfig.contractTarget(1)).fill('995');
  await expect(shop.page.getByText('A share of good requests in per cent, above 0 and below 100')).toBeVisible();
  await expect(shop.page.getByTestId(testIds.appConfig.save)).toBeDisabled();
  await expect(shop.page.getByTestId(testIds.appConfig.downloadRules)).toBeDisabled();
  // The threshold is chosen from the histogram's buckets, by keyboard as well.
  await shop.page.getByTestId(testIds.appConfig.contractThreshold(1)).focus();
  await shop.page.keyboard.type('500 ms');
  await expect(shop.page.getByRole('option').first()).toHaveText('500 ms');
  await shop.page.keyboard.press('Enter');
  await expect(shop.page.getByTestId(testIds.appConfig.contractThreshold(1))).toHaveValue('500 ms');
  // A credit scale wants the fee it is a share of.
  await shop.page.getByTestId(testIds.appConfig.contractFee(1)).fill('');
  await expect(shop.page.getByText('Credits are shares of the monthly fee: give the fee.')).toBeVisible();
});
