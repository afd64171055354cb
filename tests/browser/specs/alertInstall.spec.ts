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
