import { join } from 'node:path';
import { FakeGrafanaAlerting } from '../../../src/testing/grafanaAlerting';
import { PICTURES_DIR, type ShopPage, expect, test } from './shopPage';

/** Grafana's alerting and folder APIs, answered in the browser by the fake written from grafana/grafana's sources. */
async function standIn(shop: ShopPage, grafana: FakeGrafanaAlerting) {
  await shop.page.route(/\/api\/(folders|v1\/provisioning)(\/|\?|$)/, async (route) => {
    const request = route.request();
    const answer = grafana.handle({
      method: request.method(),
      url: new URL(request.url()).pathname,
      data: request.postData() ? request.postDataJSON() : undefined,
      headers: request.headers(),
    });
    await route.fulfill({
      status: answer.status,
      contentType: 'application/json',
      body: JSON.stringify(answer.data ?? null),
    });
  });
}

const plan = (shop: ShopPage) => shop.page.getByTestId('data-testid shoppulse-alert-install-plan');
const row = (shop: ShopPage, name: string) => plan(shop).getByRole('row').filter({ hasText: name });

test('on the demo, whose alerting comes from provisioning files, the preview says the install leaves it alone', async ({
  shop,
}) => {
  const grafana = FakeGrafanaAlerting.provisionedFromFiles('shoppulse-prometheus');
  await standIn(shop, grafana);
  await shop.open('alerts');
  await shop.page.getByRole('button', { name: 'Preview installing into this Grafana' }).click();
  await expect(shop.page.getByText('Provisioned from files')).toBeVisible();
  await expect(row(shop, 'shoppulse-alerts-phone')).toContainText('managed by files: left alone');
  await expect(row(shop, 'ShopPulse (uid b4e1c7a2d9f3)')).toContainText('unchanged');
  await expect(shop.page.getByRole('button', { name: 'Install into this Grafana' })).toBeDisabled();
  await shop.page.getByTestId('data-testid shoppulse-alert-install').screenshot({
    path: join(PICTURES_DIR, 'alerts-install-files.png'),
  });
  expect(grafana.writes).toEqual([]);
});

test('installs into a Grafana without them, and a second preview finds nothing to do', async ({ shop }) => {
  const grafana = new FakeGrafanaAlerting();
  await standIn(shop, grafana);
  await shop.open('alerts');
  const previewButton = shop.page.getByRole('button', { name: 'Preview installing into this Grafana' });
  await previewButton.click();
  await expect(row(shop, 'shoppulse-alerts-phone')).toContainText('create');
  await shop.page.getByRole('button', { name: 'Install into this Grafana' }).click();
  await expect(shop.page.getByText('Installed', { exact: true })).toBeVisible();
  await expect(row(shop, 'shoppulse-alerts-phone')).toContainText('done');
  await shop.page.getByTestId('data-testid shoppulse-alert-install').screenshot({
    path: join(PICTURES_DIR, 'alerts-install-done.png'),
  });
  expect(grafana.rules).toHaveLength(24);
  await previewButton.click();
  await expect(shop.page.getByText(/Nothing to install/)).toBeVisible();
  await expect(row(shop, 'shoppulse-alerts-phone')).toContainText('unchanged');
});

test('installs SLA rules that judge each partner by the contract saved on the configuration page', async ({ shop }) => {
  // This page's own settings, kwiatex at 99%: the harness server's (shared with the tests beside it) stay the demo's.
  await shop.page.route('**/api/plugins/shoppulse-observability-app/settings', async (route) => {
    const meta = await (await route.fetch()).json();
    await route.fulfill({
      json: { ...meta, jsonData: { ...meta.jsonData, contracts: { kwiatex: { target: 0.99 } } } },
    });
  });
  const grafana = new FakeGrafanaAlerting();
  await standIn(shop, grafana);
  await shop.open('alerts');
  await expect(
    shop.page.getByText(/judge each partner against the target saved on the configuration page/)
  ).toBeVisible();
  await shop.page.getByRole('button', { name: 'Preview installing into this Grafana' }).click();
  await shop.page.getByRole('button', { name: 'Install into this Grafana' }).click();
  await expect(shop.page.getByText('Installed', { exact: true })).toBeVisible();
  const sent = grafana.writes.filter((write) => write.method === 'PUT' && write.url.includes('/rule-groups/'));
  const promql = (title: string) => {
    const rules = sent.flatMap((write) => (write.data as { rules: Array<{ title: string; data: unknown }> }).rules);
    const rule = rules.find((each) => each.title === title);
    return (rule?.data as Array<{ model: { expr?: string } }>).find((query) => query.model.expr)?.model.expr;
  };
  // The mail group's slowest pair: a burn rate over 1, on kwiatex's 1% budget and everyone else's 5%.
  expect(promql('SlaBurnRate3d')).toBe(
    '(shoppulse:sla_error_ratio:ratio_rate3d{tenant!~"kwiatex"} / 0.05 > 1 and ' +
      'shoppulse:sla_error_ratio:ratio_rate6h{tenant!~"kwiatex"} / 0.05 > 1) or ' +
      '(shoppulse:sla_error_ratio:ratio_rate3d{tenant=~"kwiatex"} / 0.01 > 1 and ' +
      'shoppulse:sla_error_ratio:ratio_rate6h{tenant=~"kwiatex"} / 0.01 > 1)'
  );
  expect(promql('SlaBurnRate1h')).toContain('{tenant=~"kwiatex"} / 0.01 > 14.4');
  expect(promql('SlaErrorBudgetExhausted')).toContain('{tenant!~"kwiatex"} / 0.05 <= 0');
  // Alerts that read no budget are as generated.
  expect(promql('DeadMansSwitch')).toBe('vector(1)');
});

test('on request, also installs Grafana-managed recording rules for the SLA series, by the saved threshold', async ({
  shop,
}) => {
  await shop.page.route('**/api/plugins/shoppulse-observability-app/settings', async (route) => {
    const meta = await (await route.fetch()).json();
    await route.fulfill({
      json: { ...meta, jsonData: { ...meta.jsonData, contracts: { kwiatex: { thresholdSeconds: 0.5 } } } },
    });
  });
  const grafana = new FakeGrafanaAlerting();
  await standIn(shop, grafana);
  await shop.open('alerts');
  const preview = shop.page.getByRole('button', { name: 'Preview installing into this Grafana' });
  await preview.click();
  // Not asked for: the SLA series are Prometheus' to record, from the rule file.
  await expect(row(shop, 'shoppulse-alerts-phone')).toContainText('create');
  await expect(row(shop, 'shoppulse-grafana-sla')).toHaveCount(0);
  // By keyboard: the box takes the focus and Space ticks it; the preview it made moot goes.
  await shop.page.getByLabel('Let Grafana record the SLA series too').focus();
  await shop.page.keyboard.press('Space');
  await expect(plan(shop)).toHaveCount(0);
  await preview.click();
  // The rule file's four groups, Grafana's now.
  const groups = row(shop, 'shoppulse-grafana-sla');
  await expect(groups).toHaveCount(4);
  for (const group of await groups.all()) {
    await expect(group).toContainText('create');
  }
  await shop.page.getByRole('button', { name: 'Install into this Grafana' }).click();
  await expect(shop.page.getByText('Installed', { exact: true })).toBeVisible();
  const sent = grafana.writes
    .filter((write) => write.method === 'PUT' && write.url.includes('/rule-groups/shoppulse-grafana-'))
    .flatMap((write) => (write.data as { rules: Array<{ record?: { metric: string }; data: unknown }> }).rules);
  const good = sent.find((rule) => rule.record?.metric === 'shoppulse:sla_good_requests:rate5m');
  const expr = (good?.data as Array<{ model: { expr: string } }>)[0].model.expr;
  expect(expr).toContain('{tenant=~"kwiatex",code!="5xx",le=~"0\\\\.50*"}');
  expect(expr).toContain('{tenant!~"kwiatex",code!="5xx",le=~"0\\\\.20*"}');
  expect(good?.record).toEqual({
    metric: 'shoppulse:sla_good_requests:rate5m',
    from: 'A',
    target_datasource_uid: 'shoppulse-prometheus',
  });
});
