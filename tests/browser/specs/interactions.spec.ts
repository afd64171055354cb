import { testIds } from '../../../src/testIds';
import { expect, test } from './shopPage';

test('choosing a partner narrows every query, and the choice survives a reload', async ({ shop }) => {
  await shop.open('business');
  const queries = shop.recordQueries();
  await shop.choose('Partner', 'sportowo');
  await expect(shop.page).toHaveURL(/var-partner=sportowo/);
  const narrowed = (expr: string) => expr.includes('tenant="sportowo"');
  expect(queries.length).toBeGreaterThan(10);
  expect(queries.filter((query) => !narrowed(query.expr)).map((query) => query.expr)).toEqual([]);

  queries.length = 0;
  await shop.page.reload();
  await shop.settled();
  await expect(
    shop.page.getByTestId('data-testid Dashboard template variables submenu Label Partner').locator('..')
  ).toContainText('sportowo');
  expect(queries.length).toBeGreaterThan(10);
  expect(queries.filter((query) => !narrowed(query.expr)).map((query) => query.expr)).toEqual([]);
});

test('a click on a top mover narrows the page to its place', async ({ shop }) => {
  await shop.open('what-changed');
  const first = shop.page.getByTestId(testIds.whatChanged.mover(0));
  const deployment = ((await first.getByRole('button').textContent()) ?? '').split(' · ')[0];
  expect(deployment).toMatch(/^dep-[abc]$/);
  const queries = shop.recordQueries();
  await first.getByRole('button').click();
  await shop.settled();
  await expect(shop.page).toHaveURL(new RegExp(`var-deployment=${deployment}`));
  expect(queries.length).toBeGreaterThan(0);
  expect(queries.filter((query) => !query.expr.includes(`"${deployment}"`)).map((query) => query.expr)).toEqual([]);
});

test('"Compare with" moves the baseline series from last week to yesterday', async ({ shop }) => {
  await shop.open('what-changed');
  // The signal charts share one request, and each still draws its own baseline beside its series.
  await expect(shop.panel('Requests per second')).toContainText('sportowo dep-b (comparison)');
  await expect(shop.panel('Search engine time per query')).toContainText('dep-b (comparison)');
  await expect(shop.panel('Search engine time per query')).not.toContainText('sportowo');
  const queries = shop.recordQueries();
  await shop.choose('Compare with', 'Same time yesterday');
  const shifts = new Set(
    queries
      .filter((query) => query.start)
      .map((query) => Math.round((query.end - Number(process.env.HARNESS_END)) / 3600))
  );
  // The signals run again for now and a day earlier; nothing a week earlier any more.
  expect(shifts).toContain(-24);
  expect(shifts).not.toContain(-168);
  await expect(shop.page).toHaveURL(/var-baseline=1d/);
});

for (const path of ['business?var-partner=no%22such', 'partners/no%22such']) {
  test(`an unknown partner in the URL (${path}) is named, with the known partners offered`, async ({ shop }) => {
    await shop.open(path);
    const notice = shop.page.getByTestId(testIds.unknownPartner).or(shop.page.getByTestId(testIds.partners.unknown));
    await expect(notice).toContainText('no"such');
    const offer = (partner: string) =>
      notice.getByRole('button', { name: partner }).or(notice.getByRole('link', { name: partner }));
    for (const partner of ['kwiatex', 'sportowo', 'bobasek', 'techmania']) {
      await expect(offer(partner)).toBeVisible();
    }
    await offer('sportowo').click();
    await expect(shop.page).toHaveURL(/(var-partner=|partners\/)sportowo/);
  });
}

test('each annotation layer has a named switch that turns it off and on', async ({ shop }) => {
  await shop.open('what-changed');
  for (const name of ['Deploys', 'Config changes', 'Alerts firing']) {
    await expect(shop.page.getByText(name, { exact: true })).toBeVisible();
  }
  const deploys = shop.page.getByLabel('Deploys', { exact: true });
  await expect(deploys).toBeChecked();
  await deploys.click({ force: true });
  await expect(deploys).not.toBeChecked();
});

test('the Home page leads to every page and to the configuration', async ({ shop }) => {
  await shop.open('home');
  for (const [name, path] of [
    ['Business', 'business'],
    ['What changed', 'what-changed'],
    ['Partners', 'partners'],
    ['Alerts', 'alerts'],
  ]) {
    await expect(shop.page.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute(
      'href',
      new RegExp(`/${path}$`)
    );
  }
  await shop.page.getByTestId(testIds.home.configLink).click();
  await expect(shop.page.getByTestId(testIds.appConfig.container)).toBeVisible();
});

test('each page links to its editable dashboard, keeping the time range and the partner', async ({ shop }) => {
  await shop.open('business?var-partner=sportowo&from=now-2d&to=now');
  const business = shop.page.getByTestId(testIds.page.dashboardLink);
  await expect(business).toHaveText('Open as a dashboard you can change');
  const href = new URL((await business.getAttribute('href'))!, shop.page.url());
  expect(href.pathname).toBe('/d/shoppulse-business');
  expect(Object.fromEntries(href.searchParams)).toMatchObject({ from: 'now-2d', to: 'now', 'var-partner': 'sportowo' });

  await shop.open('partners/bobasek');
  const partner = new URL(
    (await shop.page.getByTestId(testIds.page.dashboardLink).getAttribute('href'))!,
    shop.page.url()
  );
  expect(partner.pathname).toBe('/d/shoppulse-partner-sla');
  expect(partner.searchParams.get('var-partner')).toBe('bobasek');
});
