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

test('on the demo, the install preview leaves the file-provisioned alerting alone', async ({ gotoPage, page }) => {
  await gotoPage('/alerts');
  await page.getByRole('button', { name: 'Preview installing into this Grafana' }).click();
  await expect(page.getByText('Provisioned from files')).toBeVisible();
  const plan = page.getByTestId(testIds.alerts.plan);
  await expect(plan.getByRole('row').filter({ hasText: 'shoppulse-alerts-phone' })).toContainText(
    'managed by files: left alone'
  );
  await expect(page.getByRole('button', { name: 'Install into this Grafana' })).toBeDisabled();
});
