import { expect, test } from './fixtures';
import { testIds } from '../../src/testIds';

test('walks from the partners list to one partner and back', async ({ gotoPage, page }) => {
  await gotoPage('/partners');
  await expect(page.getByText('Partners, worst first')).toBeVisible();
  await page.getByRole('link', { name: 'sportowo' }).first().click();
  await expect(page).toHaveURL(/\/partners\/sportowo/);
  await expect(page.getByTestId(testIds.partners.burnRates)).toBeVisible({ timeout: 30_000 });
  await page.goBack();
  await expect(page).toHaveURL(/\/partners(\?|$)/);
  await expect(page.getByText('Partners, worst first')).toBeVisible();
});

test('an unknown partner in the URL is explained, with links to the known ones', async ({ gotoPage, page }) => {
  await gotoPage('/partners/nosuchshop');
  await expect(page.getByTestId(testIds.partners.unknown)).toContainText('nosuchshop');
  await expect(page.getByRole('link', { name: 'sportowo' })).toBeVisible();
});
