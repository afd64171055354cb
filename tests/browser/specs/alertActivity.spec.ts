import { join } from 'node:path';
import { FakeGrafanaAlerting } from '../../../src/testing/grafanaAlerting';
import { testIds } from '../../../src/testIds';
import { PICTURES_DIR, type ShopPage, expect, test } from './shopPage';

/** Grafana's rule states answered by the stand-in: the demo's rules, provisioned from files, two of them active. */
async function grafanaRunning(shop: ShopPage, states: Record<string, 'firing' | 'pending'>) {
  const grafana = FakeGrafanaAlerting.provisionedFromFiles('shoppulse-prometheus');
  Object.entries(states).forEach(([id, state]) => grafana.states.set(id, state));
  await shop.page.route(/\/api\/prometheus\/grafana\/api\/v1\/rules(\?|$)/, async (route) => {
    const answer = grafana.handle({ method: 'GET', url: new URL(route.request().url()).pathname });
    await route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.data) });
  });
}

const row = (shop: ShopPage, id: string) => shop.page.getByTestId(testIds.alerts.activityRow(id));
const noise = (shop: ShopPage, kind: string) => shop.page.getByTestId(testIds.alerts.noiseList(kind));

test("at the incident, shows each alert's state from Prometheus and Grafana, its 30 days and the noise", async ({
  shop,
}) => {
  await grafanaRunning(shop, { DependencyFailing: 'firing', InPostStatusSyncStale: 'pending' });
  await shop.open('alerts');
  await expect(row(shop, 'DependencyFailing')).toContainText('dep-c · inpost_api');
  await expect(row(shop, 'DependencyFailing').getByText('firing')).toHaveCount(2);
  await expect(row(shop, 'InPostStatusSyncStale')).toContainText(/firing\s*pending/);
  await expect(row(shop, 'DeadMansSwitch')).toContainText('firing');
  await expect(row(shop, 'DatabaseDown')).toContainText(/quiet\s*quiet\s*00 min\s*never/);
  await expect(noise(shop, 'noisiest')).toContainText('FraudCheckNotFinished 4×');
  await expect(noise(shop, 'flapping')).toContainText('none');
  await expect(noise(shop, 'never')).toContainText('DatabaseDown');
  await expect(noise(shop, 'never')).not.toContainText('DeadMansSwitch');
  await expect(shop.page.getByTestId(testIds.alerts.activityProblem)).toHaveCount(0);
  await shop.page
    .getByTestId(testIds.alerts.activity)
    .locator('..')
    .screenshot({ path: join(PICTURES_DIR, 'alerts-activity.png') });
});

test('in the calm week, only the heartbeat fires', async ({ shop }) => {
  await shop.open('alerts', 'calm');
  const firing = shop.page.locator(`[data-testid^="${testIds.alerts.activityRow('')}"]`).filter({ hasText: 'firing' });
  await expect(firing).toHaveCount(1);
  await expect(firing).toContainText('DeadMansSwitch');
  await expect(row(shop, 'FraudCheckNotFinished')).toContainText('not installed');
});
