import type { PanelPlugin } from '@grafana/data';
// uPlot draws the time series and the stat sparklines; Grafana loads its stylesheet with its own.
import 'uplot/dist/uPlot.min.css';
import { bargauge } from './bargauge';
import { heatmap } from './heatmap';
import { stat } from './stat';
import { table } from './table';
import { timeseries } from './timeseries';

export { registerStandardFieldConfigs, registerStandardOptionEditors } from './fieldConfigs';

/** Stand-ins for the Grafana core panels the plugin's scenes use, by plugin id, for `setPluginImportUtils`. */
export const standInPanels: Record<string, PanelPlugin> = { timeseries, stat, table, bargauge, heatmap };
