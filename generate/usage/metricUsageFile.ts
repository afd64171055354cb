import type { Generator } from '../types';
import { deriveMetricUsage } from './metricUsage';

/** src/contract/metricUsage.gen.json: the pages and dashboards reading each contract metric, for the contract check. */
export const metricUsageFile: Generator = {
  name: 'metric usage',
  generate: () => {
    const { pages, dashboards, unknown } = deriveMetricUsage();
    if (unknown.length > 0) {
      const list = unknown.map(({ reader, series }) => `${reader} reads ${series}`).join('; ');
      throw new Error(`Queries read series outside the metric contract and the recording rules: ${list}`);
    }
    return { path: 'src/contract/metricUsage.gen.json', content: JSON.stringify({ pages, dashboards }, null, 2) };
  },
};
