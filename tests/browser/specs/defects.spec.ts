import { testIds } from '../../../src/testIds';
import { expect, test } from './shopPage';

// What the first pictures of the pages showed, each checked where a person would have seen it.

test('the partners list has one row per partner and no recording-rule names', async ({ shop }) => {
  await shop.open('partners');
  const table = shop.panel('Partners, worst first');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table).not.toContainText('__name__');
  await expect(table).not.toContainText('shoppulse:');
});

test('the partner page gives its trend charts and burn-rate table room', async ({ shop }) => {
  await shop.open('partners/sportowo');
  for (const title of ['Good requests over time (1-hour windows)', 'Budget left over the month']) {
    const box = await shop.panel(title).boundingBox();
    expect(box?.width, title).toBeGreaterThan(500);
  }
  const burnRates = await shop.page.getByTestId(testIds.partners.burnRates).boundingBox();
  expect(burnRates?.width).toBeGreaterThan(1000);
});

test('counts are whole numbers, and money reads the same in tiles and table', async ({ shop }) => {
  await shop.open('business');
  for (const id of ['accounts_created', 'shopping_lists']) {
    await expect(shop.page.getByTestId(testIds.business.kpi(id)).locator('header + div')).toHaveText(/^[\d,]+$/);
  }
  await expect(shop.page.getByTestId(testIds.business.kpi('revenue')).locator('header + div')).toHaveText(
    /^PLN\s[\d,]+$/
  );
  const revenues = await shop
    .panel('Partners')
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((row) => row.children[1]?.textContent));
  expect(revenues.length).toBe(4);
  revenues.forEach((revenue) => expect(revenue).toMatch(/^PLN\s[\d,]+$/));
});

test('a fraud check that did not run is a risk, with the orders and money it leaves unchecked', async ({ shop }) => {
  await shop.open('business', 'incident', { theme: 'light' });
  await expect(shop.page.getByTestId(testIds.business.risk('fraud_check_missed'))).toContainText(
    /did not run: dep-a, dep-b, dep-c; [\d,]+ orders worth PLN\s[\d,]+ leave unchecked/
  );
  await expect(shop.page.getByTestId(testIds.business.risk('fraud_above_normal'))).not.toContainText(
    /^Fraud holds are normal$/
  );
  for (const id of ['fraud_held_orders', 'fraud_held_value']) {
    const tile = shop.page.getByTestId(testIds.business.kpi(id));
    await expect(tile).toContainText('not comparable with last week');
    await expect(tile).not.toContainText('-100%');
    // A warning, not the arrow of the change the tile showed while the check's answer was on its way.
    await expect(tile.getByTestId('icon-exclamation-triangle')).toBeVisible();
    await expect(tile.getByTestId(/^icon-arrow-/)).toHaveCount(0);
  }
});

test('a change of 0% is drawn neutral, without an arrow', async ({ shop }) => {
  await shop.open('business');
  const unchanged = shop.page
    .locator('[data-testid^="data-testid shoppulse-kpi-"]')
    .filter({ hasText: /\b0% vs last week/ });
  expect(await unchanged.count()).toBeGreaterThan(0);
  for (const tile of await unchanged.all()) {
    await expect(tile.locator('svg')).toHaveCount(1); // the description's info icon only
  }
});

test("each section's KPI tiles share one grid and fill the row", async ({ shop }) => {
  await shop.open('business');
  for (const ids of [
    ['fraud_held_orders', 'fraud_held_value'],
    ['revenue', 'orders_paid', 'average_order_value', 'conversion', 'cart_abandonment'],
  ]) {
    const boxes = await Promise.all(ids.map((id) => shop.page.getByTestId(testIds.business.kpi(id)).boundingBox()));
    const widths = boxes.map((box) => Math.round(box!.width));
    expect(Math.max(...widths) - Math.min(...widths), ids.join()).toBeLessThanOrEqual(2);
    const gaps = boxes.slice(1).map((box, index) => box!.x - (boxes[index]!.x + boxes[index]!.width));
    gaps.forEach((gap) => expect(gap).toBeLessThan(24));
  }
});

test("the partner page's KPI tiles share one grid too", async ({ shop }) => {
  await shop.open('partners/sportowo');
  const ids = ['revenue', 'orders_paid', 'payment_success_blik'];
  const boxes = await Promise.all(ids.map((id) => shop.page.getByTestId(testIds.business.kpi(id)).boundingBox()));
  const widths = boxes.map((box) => Math.round(box!.width));
  expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(2);
  expect(widths.reduce((sum, width) => sum + width, 0)).toBeGreaterThan(1400);
});

test('the costliest routes show bad requests per route, without a Time column', async ({ shop }) => {
  await shop.open('partners/sportowo');
  const table = shop.panel('Routes that cost the most budget');
  await expect(table.getByRole('columnheader')).toHaveText(['Route', 'Bad requests']);
  await expect(table.getByRole('row').nth(1)).toContainText('/api/search');
});

test('a deploy is listed once among the changes', async ({ shop }) => {
  await shop.open('what-changed');
  const changes = shop.page.getByTestId(testIds.whatChanged.changes);
  await expect(changes.getByText('backend 2.14.2 → 2.15.0')).toHaveCount(1);
  await expect(changes.getByRole('row').filter({ hasText: 'dep-b' }).filter({ hasText: '18:' })).toHaveCount(1);
});

test('shop health bar gauges show every name in full', async ({ shop }) => {
  await shop.open('what-changed');
  const panel = shop.panel('Background jobs: time since last success, of the time allowed');
  await expect(panel).toContainText('dep-a fraud_check');
  const clipped = await panel
    .locator('*')
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => node.childElementCount === 0 && node.textContent && node.scrollWidth > node.clientWidth + 1)
        .map((node) => node.textContent)
    );
  expect(clipped).toEqual([]);
});

test('the monthly report counts requests, not minutes', async ({ shop }) => {
  await shop.open('partners/sportowo');
  const report = shop.page.getByTestId(testIds.partners.report);
  await expect(report).not.toContainText('minutes');
  await expect(report.getByRole('columnheader')).toContainText(['Bad requests', 'Allowed bad requests']);
});
