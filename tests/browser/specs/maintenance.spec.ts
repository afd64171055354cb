import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { partnerMaintenanceExpr } from '../../../src/queries/maintenanceAnnotations';
import { testIds } from '../../../src/testIds';
import { CONFIG_PAGE, PICTURES_DIR, expect, test } from './shopPage';

const ids = testIds.appConfig.maintenance;

const SETTINGS = '**/api/plugins/shoppulse-observability-app/settings';

/**
 * This page's own copy of the app's settings: what its configuration page saves, its later pages read, while the
 * harness server (shared by the tests running beside this one) keeps the demo's. Returns what was saved last.
 */
async function settingsOfThisPage(page: Page) {
  const saved: { body?: { jsonData?: Record<string, unknown> } } = {};
  await page.route(SETTINGS, async (route) => {
    if (route.request().method() === 'POST') {
      saved.body = route.request().postDataJSON();
    }
    const meta = await (await route.fetch({ method: 'GET' })).json();
    await route.fulfill({ json: { ...meta, ...saved.body } });
  });
  return saved;
}

const UPGRADE = {
  partner: 'sportowo',
  from: '2026-11-24T02:00:00Z',
  to: '2026-11-24T04:00:00Z',
  reason: 'Database upgrade',
};

test('a maintenance window is saved only once every field is right, and the partner page offers its layer', async ({
  shop,
}) => {
  const saved = await settingsOfThisPage(shop.page);
  await shop.open(CONFIG_PAGE);
  await shop.page.getByTestId(ids.add).click();
  await shop.page.getByTestId(ids.partner(0)).fill(UPGRADE.partner);
  // Warsaw's local time, as someone might type it: not a UTC instant.
  await shop.page.getByTestId(ids.from(0)).fill('2026-11-24 03:00');
  await shop.page.getByTestId(ids.to(0)).fill(UPGRADE.to);
  await shop.page.getByTestId(ids.reason(0)).fill(UPGRADE.reason);
  const section = shop.page.getByTestId(ids.section);
  await expect(section.getByText(/^Not a UTC instant such as 2025-06-01T02:00:00Z/)).toBeVisible();
  await expect(shop.page.getByTestId(testIds.appConfig.save)).toBeDisabled();
  await expect(shop.page.getByTestId(testIds.appConfig.downloadRules)).toBeDisabled();
  await shop.page.setViewportSize({ width: 1440, height: 900 });
  await shop.settled();
  await section.screenshot({ path: join(PICTURES_DIR, 'configuration-maintenance.png') });

  await shop.page.getByTestId(ids.from(0)).fill(UPGRADE.from);
  await expect(section.getByText(/Not a UTC instant/)).toHaveCount(0);
  await expect(shop.page.getByTestId(testIds.appConfig.downloadRules)).toBeEnabled();
  const posted = shop.page.waitForResponse((response) => response.request().method() === 'POST');
  await shop.page.getByTestId(testIds.appConfig.save).click();
  await posted;
  expect(saved.body?.jsonData?.maintenance).toEqual([UPGRADE]);

  // The page reloads with what was saved.
  await shop.open(CONFIG_PAGE);
  await expect(shop.page.getByTestId(ids.from(0))).toHaveValue(UPGRADE.from);

  const queries = shop.recordQueries();
  await shop.open('partners/sportowo');
  const layer = shop.page.getByLabel('Maintenance', { exact: true });
  await expect(layer).toBeChecked();
  // The layer asks the recorded windows; the demo's rules declare none, so Prometheus answers with no marker.
  expect(queries.map((query) => query.expr)).toContain(partnerMaintenanceExpr('sportowo'));
  await layer.click({ force: true });
  await expect(layer).not.toBeChecked();
});
