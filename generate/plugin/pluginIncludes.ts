import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HOME_PAGE, PAGES } from '../../src/catalog';
import { DASHBOARDS } from '../dashboards';
import { REPO_ROOT } from '../run';
import type { Generator } from '../types';

const PLUGIN_JSON = 'src/plugin.json';
const PANELS_DIR = 'src/panels';

/** The panel plugins nested in the app, each in its own folder with its plugin.json. */
export function nestedPanels(): Array<{ dir: string; id: string; name: string }> {
  const dirs = readdirSync(join(REPO_ROOT, PANELS_DIR), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return dirs.map(({ name: dir }) => {
    const panel = JSON.parse(readFileSync(join(REPO_ROOT, PANELS_DIR, dir, 'plugin.json'), 'utf8'));
    return { dir, id: panel.id, name: panel.name };
  });
}

interface Include {
  type: string;
  [key: string]: unknown;
}

/**
 * The app's includes: its pages (Grafana's navigation) from the page registry, its bundled dashboards, which Grafana
 * imports when the app is enabled, and its nested panels; every other field of plugin.json is kept as written.
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
    const panels: Include[] = nestedPanels().map(({ name }) => ({ type: 'panel', name }));
    const generated = new Set(['page', 'dashboard', 'panel']);
    const others = (plugin.includes as Include[]).filter((include) => !generated.has(include.type));
    return {
      path: PLUGIN_JSON,
      content: JSON.stringify({ ...plugin, includes: [...pages, ...dashboards, ...panels, ...others] }, null, 2),
    };
  },
};
