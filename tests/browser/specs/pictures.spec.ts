import { join } from 'node:path';
import { CONFIG_PAGE, PICTURES_DIR, test } from './shopPage';

/**
 * The README's pictures, at the default scenario's incident: `npm run screenshots` writes them to docs/screenshots;
 * `npm run test:browser` takes the same ones into test-results/ for a person to look at.
 */
const PICTURES: Array<{ name: string; path: string; theme?: 'light' | 'dark' }> = [
  { name: 'home', path: 'home' },
  { name: 'business', path: 'business' },
  { name: 'business-light', path: 'business', theme: 'light' },
  { name: 'what-changed', path: 'what-changed' },
  { name: 'partners', path: 'partners' },
  { name: 'partner', path: 'partners/sportowo' },
  { name: 'alerts', path: 'alerts' },
  { name: 'configuration', path: CONFIG_PAGE },
];

// A picture is taken once more when its first take failed: a CI run once saw an icon that never left its loading
// placeholder, which no run here reproduced. The report lists a retaken picture as flaky, and names where it was.
test.describe.configure({ retries: 1 });

for (const { name, path, theme } of PICTURES) {
  test(`picture of ${name}`, async ({ shop }) => {
    await shop.open(path, 'incident', theme ? { theme } : {});
    // The tall viewport loaded every panel; the picture is as tall as the content, at a laptop's width.
    await shop.page.setViewportSize({ width: 1440, height: 900 });
    await shop.settled();
    await shop.screenshot(join(PICTURES_DIR, `${name}.png`));
  });
}
