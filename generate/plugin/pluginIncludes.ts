import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOME_PAGE, PAGES } from '../../src/catalog';
import { DASHBOARDS } from '../dashboards';
import { REPO_ROOT } from '../run';
import type { Generator } from '../types';

const PLUGIN_JSON = 'src/plugin.json';

interface Include {
  type: string;
  [key: string]: unknown;
}

/**
 * The app's includes: its pages (Grafana's navigation) from the page registry, and its bundled dashboards, which
 * Grafana imports when the app is enabled; every other field of plugin.json is kept as written.
 */
export const pluginIncludes: Generator = {
  name: 'plugin.json includes',
  generate: () => {
    const plugin = JSON.parse(readFileSync(join(REPO_ROOT, PLUGIN_JSON), 'utf8'));
    const pages: Include[] = PAGES.map((page) => ({
      type: 'page',
      name: page.title.en,
      path: `/a/%PLUGIN_ID%/${page.slug}`,
      addToNav: true,
      ...(page.id === HOME_PAGE ? { defaultNav: true } : {}),
    }));
    const dashboards: Include[] = Object.entries(DASHBOARDS).map(([file, build]) => ({
      type: 'dashboard',
      name: build().build().title,
      path: `dashboards/${file}`,
    }));
    const generated = new Set(['page', 'dashboard']);
    const others = (plugin.includes as Include[]).filter((include) => !generated.has(include.type));
    return {
      path: PLUGIN_JSON,
      content: JSON.stringify({ ...plugin, includes: [...pages, ...dashboards, ...others] }, null, 2),
    };
  },
};
