import { join } from 'node:path';
import { PICTURES_DIR, expect, test } from './shopPage';

/** The harness page that shows each nested panel with its default options, on the test Prometheus' data. */
const GALLERY = '/harness/panels';

test('the KPI with change panel shows revenue and its change against last week, in złoty', async ({ shop }) => {
  await shop.open(GALLERY);
  const panel = shop.panel('Revenue');
  await expect(panel.getByTestId('data-testid shoppulse-kpi-change-panel')).toContainText(/PLN\s[\d,]+/);
  await expect(panel).toContainText(/[+−-][\d.]+% vs last week/);
  await panel.screenshot({ path: join(PICTURES_DIR, 'panel-kpi-change.png') });
});

test('the Top movers panel ranks the broken search first, against last week and the last day', async ({ shop }) => {
  await shop.open(GALLERY);
  const panel = shop.panel('Server errors that moved most');
  const first = panel.getByRole('row').nth(1);
  await expect(first).toContainText('dep-b');
  await expect(first).toContainText('/api/search');
  await expect(first).toContainText('moved');
  await panel.screenshot({ path: join(PICTURES_DIR, 'panel-top-movers.png') });
});

test('the SLA budget panel shows every partner, and the burn rates of the one on the broken deployment', async ({
  shop,
}) => {
  await shop.open(GALLERY);
  const panel = shop.panel('SLA budget');
  for (const partner of ['kwiatex', 'sportowo', 'bobasek', 'techmania']) {
    await expect(panel.getByRole('region', { name: partner })).toBeVisible();
  }
  const sportowo = panel.getByRole('region', { name: 'sportowo' });
  // Its search broke an hour ago: both windows of the fast pair burn above 1, below the 14.4 (72% bad under a 5%
  // budget) that pages.
  await expect(sportowo.getByRole('row', { name: /^1h \/ 5m/ })).toContainText(
    /[1-9][\d.]* \/ [1-9][\d.]*14\.472%phoneno/
  );
  await panel.screenshot({ path: join(PICTURES_DIR, 'panel-sla-budget.png') });
});
