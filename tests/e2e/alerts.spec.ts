import { expect, test } from './fixtures';
import { testIds } from '../../src/testIds';

test('the Alerts page lists the templates by level', async ({ gotoPage, page }) => {
  await gotoPage('/alerts');
  const phone = page.getByTestId(testIds.alerts.level('phone'));
  await expect(phone).toContainText('Phone');
  const first = phone.locator('details').first();
  await first.locator('summary').click();
  await expect(first).toContainText('What to do first');
  await expect(page.getByTestId(testIds.alerts.level('mail'))).toBeVisible();
});
