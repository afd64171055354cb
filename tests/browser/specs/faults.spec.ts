import { join } from 'node:path';
import { KPIS, RISKS } from '../../../src/catalog/business';
import { testIds } from '../../../src/testIds';
import { PrometheusFaults } from './prometheusFaults';
import { PICTURES_DIR, type ShopPage, expect, test } from './shopPage';

// What each page shows when Prometheus fails, and that it comes back with Refresh, without a reload.

const DOWN = /The data source did not answer \(502 Bad Gateway\)/;
const kpi = (shop: ShopPage, id: string) => shop.page.getByTestId(testIds.business.kpi(id));

/** Every Grafana panel of the page marks its error; the charts and tables among them draw nothing. */
async function everyVizPanelFailed(shop: ShopPage) {
  await expect(shop.page.locator('[data-testid^="data-testid Panel header "]').first()).toBeVisible();
  const titles = await shop.vizPanelTitles();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) {
    await expect(shop.panel(title).getByTestId('data-testid Panel status error'), title).toBeVisible();
  }
  // A bar gauge says "No data" as its value, as Grafana's does.
  const gauges = await shop.page.locator("text=stand-in for Grafana's bar gauge panel").count();
  expect((await shop.panelsWithoutData()).length).toBe(titles.length - gauges);
}

async function noPanelFailed(shop: ShopPage) {
  await expect(shop.page.getByText(/The data source (did not answer|refused the query)/)).toHaveCount(0);
  await expect(shop.page.getByTestId('data-testid Panel status error')).toHaveCount(0);
}

const picture = (shop: ShopPage, name: string) => shop.screenshot(join(PICTURES_DIR, `fault-${name}.png`));

test('Business, Prometheus down before the page loads: every tile, risk and panel says so, with no figure', async ({
  shop,
}) => {
  const prometheus = await PrometheusFaults.on(shop, { kind: 'down' });
  await shop.open('business');
  for (const { id } of KPIS) {
    await expect(kpi(shop, id)).toContainText(DOWN);
    await expect(kpi(shop, id)).not.toContainText(/PLN|vs last week/);
  }
  for (const { id } of RISKS) {
    await expect(shop.page.getByTestId(testIds.business.risk(id))).toContainText('Could not check');
  }
  await expect(shop.page.getByTestId(testIds.business.funnel)).toContainText(DOWN);
  await everyVizPanelFailed(shop);
  // Not "0": a partner without orders has none, a table without an answer has no data.
  await expect(shop.panel('Partners').getByTestId('data-testid Panel data error message')).toHaveText('No data');
  await picture(shop, 'business-down');

  prometheus.recover();
  await prometheus.refresh();
  await expect(kpi(shop, 'revenue')).toContainText(/PLN\s[\d,]+/);
  await noPanelFailed(shop);
});

test('Business, Prometheus stops while the page is open: Refresh drops the figures instead of keeping stale ones', async ({
  shop,
}) => {
  const prometheus = await PrometheusFaults.on(shop);
  await shop.open('business');
  await expect(kpi(shop, 'revenue')).toContainText(/PLN\s[\d,]+/);
  prometheus.fault = { kind: 'down' };
  await prometheus.refresh();
  await expect(kpi(shop, 'revenue')).toContainText(DOWN);
  await expect(kpi(shop, 'revenue')).not.toContainText('PLN');
  await expect(shop.page.getByTestId('data-testid Panel status error')).not.toHaveCount(0);
  prometheus.recover();
  await prometheus.refresh();
  await expect(kpi(shop, 'revenue')).toContainText(/PLN\s[\d,]+/);
  await noPanelFailed(shop);
});

test('Business, Prometheus refuses the payment queries: only the payment tiles say so', async ({ shop }) => {
  const prometheus = await PrometheusFaults.on(shop, { kind: 'failing', queries: /payment/, answer: 'bad_data' });
  await shop.open('business');
  await expect(kpi(shop, 'payment_success_card')).toContainText(/The data source refused the query \(bad_data: /);
  // Counted once a refused answer is on screen: on a busy machine the page settles before every panel has asked.
  expect(prometheus.provoked).toBeGreaterThan(0);
  await expect(kpi(shop, 'revenue')).toContainText(/PLN\s[\d,]+/);
  await expect(kpi(shop, 'parcels_sent')).not.toContainText('The data source');
  await picture(shop, 'business-payments-refused');
});

test('What changed, Prometheus down: the ranking, the changes and every chart say so; Refresh brings them back', async ({
  shop,
}) => {
  const prometheus = await PrometheusFaults.on(shop, { kind: 'down' });
  await shop.open('what-changed');
  await expect(shop.page.getByTestId(testIds.whatChanged.movers)).toContainText(DOWN);
  await expect(shop.page.getByTestId(testIds.whatChanged.changes)).toContainText(DOWN);
  await everyVizPanelFailed(shop);
  await picture(shop, 'what-changed-down');
  prometheus.recover();
  await prometheus.refresh();
  await expect(shop.page.getByTestId(testIds.whatChanged.mover(1))).toBeVisible();
  await noPanelFailed(shop);
});

test('What changed, search queries time out: only their charts fail, the others draw', async ({ shop }) => {
  await PrometheusFaults.on(shop, { kind: 'failing', queries: /search/, answer: 'timeout' });
  await shop.open('what-changed');
  const search = shop.panel('Search engine time per query');
  await expect(search.getByTestId('data-testid Panel status error')).toBeVisible();
  const others = (await shop.vizPanelTitles()).filter((title) => !/search/i.test(title));
  await expect(shop.panel('Requests per second').getByTestId('data-testid Panel status error')).toHaveCount(0);
  expect(await shop.panelsWithoutData()).not.toEqual(expect.arrayContaining(['Requests per second']));
  expect(others.length).toBeGreaterThan(10);
});

test('Partners, Prometheus down: the list says so; the partner page says so in one banner, and comes back', async ({
  shop,
}) => {
  const prometheus = await PrometheusFaults.on(shop, { kind: 'down' });
  await shop.open('partners');
  await everyVizPanelFailed(shop);
  await shop.open('partners/sportowo');
  await expect(shop.page.getByRole('alert')).toContainText(DOWN);
  await expect(shop.page.getByRole('alert')).toContainText('press Refresh');
  await expect(shop.page.getByTestId(testIds.partners.unknown)).toHaveCount(0);
  await picture(shop, 'partner-down');
  prometheus.recover();
  await prometheus.refresh();
  await expect(shop.page.getByTestId(testIds.partners.burnRates)).toBeVisible();
  await noPanelFailed(shop);
});

// The partner page's stats share one request: a query refused in it is its own panel's error, not its neighbours'.
test('Partner page, Prometheus refuses one query of a shared request: only its panel says so', async ({ shop }) => {
  const prometheus = await PrometheusFaults.on(shop, { kind: 'failing', queries: /clamp_min\(/, answer: 'bad_data' });
  await shop.open('partners/sportowo');
  const status = (title: string) => shop.panel(title).getByTestId('data-testid Panel status error');
  await expect(status('Budget gone in')).toBeVisible();
  expect(prometheus.provoked).toBeGreaterThan(0);
  for (const title of ['Good requests in the range', 'Good requests, this month', 'Budget left']) {
    await expect(status(title), title).toHaveCount(0);
    await expect(shop.panel(title), title).toContainText(/\d+(\.\d)?%/);
  }
  await picture(shop, 'partner-one-refused');
});

test('Prometheus behind a slow proxy (4 s): the page shows it is loading, then its figures', async ({ shop }) => {
  const prometheus = await PrometheusFaults.on(shop, { kind: 'slow', ms: 4000 });
  await shop.page.clock.setFixedTime(new Date(Number(process.env.HARNESS_END) * 1000));
  await shop.page.goto('/a/shoppulse-observability-app/business');
  await expect(kpi(shop, 'revenue')).toContainText('Loading…');
  await shop.settled();
  expect(prometheus.provoked).toBeGreaterThan(0);
  await expect(kpi(shop, 'revenue')).toContainText(/PLN\s[\d,]+/);
  await noPanelFailed(shop);
});

test('a proxy timeout (504) on one page is said as such, not as missing data', async ({ shop }) => {
  await PrometheusFaults.on(shop, { kind: 'failing', queries: /revenue/, answer: 'proxy timeout' });
  await shop.open('business');
  await expect(kpi(shop, 'revenue')).toContainText('The data source did not answer (504 Gateway Timeout)');
  await expect(kpi(shop, 'revenue')).not.toContainText('No data');
});

test('the configuration page says the data source did not answer when checking metrics while it is down', async ({
  shop,
}) => {
  await PrometheusFaults.on(shop, { kind: 'down' });
  await shop.open('/plugins/shoppulse-observability-app');
  await shop.page.getByTestId(testIds.appConfig.checkMetrics).click();
  await expect(shop.page.getByTestId(testIds.appConfig.checkResult)).toContainText(/did not answer/);
});
