import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PanelPlugin } from '@grafana/data';
import appPlugin from '../plugin.json';

const PANELS = join(__dirname);
const folders = readdirSync(PANELS, { withFileTypes: true }).filter((entry) => entry.isDirectory());

describe.each(folders.map((folder) => folder.name))('the nested panel plugin in src/panels/%s', (folder) => {
  const json = JSON.parse(readFileSync(join(PANELS, folder, 'plugin.json'), 'utf8'));

  it('has the plugin.json Grafana needs to load it: id, type, name, info and dependencies', () => {
    expect(json.type).toBe('panel');
    // Grafana's naming rule: <organisation>-<name>-<type>, the organisation being the app's.
    expect(json.id).toMatch(new RegExp(`^${appPlugin.id.split('-')[0]}-[a-z0-9]+-panel$`));
    expect(json.name).toMatch(/^ShopPulse /);
    expect(json.info.description.length).toBeGreaterThan(20);
    expect(json.info.author.name).toBe(appPlugin.info.author.name);
    expect(json.info.version).toBe('%VERSION%');
    for (const logo of Object.values<string>(json.info.logos)) {
      expect(existsSync(join(PANELS, folder, logo))).toBe(true);
    }
    expect(json.dependencies.grafanaDependency).toBe(appPlugin.dependencies.grafanaDependency);
  });

  it('is listed in the app’s includes, so Grafana loads it with the app', () => {
    expect(appPlugin.includes).toContainEqual({ type: 'panel', name: json.name });
  });

  it('exports a panel plugin whose every option has a name, a description and a default', async () => {
    const { plugin } = await import(`./${folder}/module`);
    expect(plugin).toBeInstanceOf(PanelPlugin);
    const options = collectOptions(plugin);
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) {
      expect(option.name).toBeTruthy();
      expect(option.description).toBeTruthy();
      expect(option.defaultValue).not.toBeUndefined();
    }
  });
});

it('gives every nested panel its own id', () => {
  const ids = folders.map((folder) => JSON.parse(readFileSync(join(PANELS, folder.name, 'plugin.json'), 'utf8')).id);
  expect(new Set(ids).size).toBe(ids.length);
});

/** The options a panel registers, as its editor lists them. */
function collectOptions(plugin: PanelPlugin) {
  const found: Array<{ name?: string; description?: string; defaultValue?: unknown }> = [];
  const builder = new Proxy(
    {},
    {
      get: (_, method) => (option: { name?: string; description?: string; defaultValue?: unknown }) => {
        if (typeof method === 'string' && method.startsWith('add')) {
          found.push(option);
        }
        return builder;
      },
    }
  );
  plugin.getPanelOptionsSupplier()(builder as never, { data: [] } as never);
  return found;
}
