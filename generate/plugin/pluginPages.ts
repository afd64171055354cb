import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOME_PAGE, PAGES } from '../../src/catalog';
import { REPO_ROOT } from '../run';
import type { Generator } from '../types';

const PLUGIN_JSON = 'src/plugin.json';

interface Include {
  type: string;
  [key: string]: unknown;
}

/** The app's page includes (Grafana's navigation) from the page registry; every other field is kept as written. */
export const pluginPages: Generator = {
  name: 'plugin.json pages',
  generate: () => {
    const plugin = JSON.parse(readFileSync(join(REPO_ROOT, PLUGIN_JSON), 'utf8'));
    const pages: Include[] = PAGES.map((page) => ({
      type: 'page',
      name: page.title.en,
      path: `/a/%PLUGIN_ID%/${page.slug}`,
      addToNav: true,
      ...(page.id === HOME_PAGE ? { defaultNav: true } : {}),
    }));
    const others = (plugin.includes as Include[]).filter((include) => include.type !== 'page');
    return { path: PLUGIN_JSON, content: JSON.stringify({ ...plugin, includes: [...pages, ...others] }, null, 2) };
  },
};
