import { type PanelPlugin, PluginType } from '@grafana/data';
import { version } from '../../../package.json';
import kpiChangeJson from '../../../src/panels/kpiChange/plugin.json';
import { plugin as kpiChange } from '../../../src/panels/kpiChange/module';
import slaBudgetJson from '../../../src/panels/slaBudget/plugin.json';
import { plugin as slaBudget } from '../../../src/panels/slaBudget/module';
import topMoversJson from '../../../src/panels/topMovers/plugin.json';
import { plugin as topMovers } from '../../../src/panels/topMovers/module';

/** A nested panel as Grafana loads it: its module's plugin, with the meta Grafana builds from its plugin.json. */
function loaded(plugin: PanelPlugin, json: typeof kpiChangeJson): PanelPlugin {
  plugin.meta = {
    id: json.id,
    name: json.name,
    type: PluginType.panel,
    sort: 0,
    module: `public/plugins/${json.id}/module.js`,
    baseUrl: `public/plugins/${json.id}`,
    info: { ...json.info, version, links: [], screenshots: [], updated: '' },
  };
  return plugin;
}

/** The app's own panel plugins, by id: the real ones, not stand-ins. */
export const nestedPanels: Record<string, PanelPlugin> = Object.fromEntries(
  [
    loaded(kpiChange as PanelPlugin, kpiChangeJson),
    loaded(topMovers as PanelPlugin, topMoversJson),
    loaded(slaBudget as PanelPlugin, slaBudgetJson),
  ].map((plugin) => [plugin.meta.id, plugin])
);
