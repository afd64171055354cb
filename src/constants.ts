import pluginJson from './plugin.json';

export const PLUGIN_ID = pluginJson.id;
export const PLUGIN_BASE_URL = `/a/${PLUGIN_ID}`;
/** Where Grafana shows the app's configuration page. */
export const CONFIG_PAGE_URL = `/plugins/${PLUGIN_ID}`;
