import { expect, test } from './fixtures';
import { testIds } from '../../src/testIds';
import { BusinessPage } from './pages/businessPage';

test('the Business page shows revenue and the risks on the demo data', async ({ gotoPage, page }) => {
  await gotoPage('/business');
  const business = new BusinessPage(page);
  await expect(business.kpi('revenue')).toContainText('Revenue');
  await expect(business.kpi('revenue')).toContainText('vs last week', { timeout: 30_000 });
  await expect(business.risk('sla_at_risk')).toHaveAttribute('data-state', /good|bad/);
});

test('choosing a partner narrows the page and survives a reload', async ({ gotoPage, page }) => {
  await gotoPage('/business');
  const business = new BusinessPage(page);
  await business.choosePartner('sportowo');
  await expect(page).toHaveURL(/var-partner=sportowo/);
  await page.reload();
  await expect(page).toHaveURL(/var-partner=sportowo/);
  await expect(business.kpi('orders_paid')).toContainText('Orders paid');
});

test('a partner that does not exist in the URL is explained, with the known partners to pick', async ({
  gotoPage,
  page,
}) => {
  await gotoPage('/business', { 'var-partner': 'no-such-partner' });
  const notice = page.getByTestId(testIds.unknownPartner);
  await expect(notice).toContainText('no-such-partner', { timeout: 30_000 });
  await notice.getByRole('button', { name: 'sportowo' }).click();
  await expect(page).toHaveURL(/var-partner=sportowo/);
});
