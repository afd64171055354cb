import { expect, test } from './fixtures';
import { testIds } from '../../src/testIds';

test('toggles an annotation layer and narrows the page to the top mover', async ({ gotoPage, page }) => {
  await gotoPage('/what-changed');
  const first = page.getByTestId(testIds.whatChanged.mover(0));
  await expect(first).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Deploys').first().click();
  const place = first.getByRole('button');
  const where = (await place.textContent()) ?? '';
  await place.click();
  await expect(page).toHaveURL(new RegExp(`var-deployment=${encodeURIComponent(where.split(' · ')[0])}`));
});

test('lists the demo scenario’s back-end deploy among the changes and keeps the service filter on reload', async ({
  gotoPage,
  page,
}) => {
  await gotoPage('/what-changed', { 'var-service': 'backend' });
  await expect(page.getByTestId(testIds.whatChanged.changes)).toContainText('backend', { timeout: 30_000 });
  await page.reload();
  await expect(page).toHaveURL(/var-service=backend/);
});
