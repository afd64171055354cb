import { CONFIG_PAGE, expect, test } from './shopPage';

/**
 * Every page at the incident and in the calm week before: nothing goes wrong in the browser (checked after each
 * test by the fixture), every Grafana panel has data, and the plugin's own panels show content or say why not.
 */
const PAGES = ['home', 'business', 'what-changed', 'partners', 'partners/sportowo', 'alerts', CONFIG_PAGE];

for (const at of ['incident', 'calm'] as const) {
  for (const path of PAGES) {
    test(`${path} at the ${at}: every panel shows data`, async ({ shop }) => {
      await shop.open(path, at);
      expect(await shop.panelsWithoutData()).toEqual([]);
      await expect(shop.page.getByText(/^(No data|Loading…)$/)).toHaveCount(0);
    });
  }
}
