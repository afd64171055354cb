import pluginJson from '../../src/plugin.json';

/** Grafana path of the app's pages, relative so it works on any Grafana's URL. */
export const PLUGIN_BASE_PATH = `/a/${pluginJson.id}`;
