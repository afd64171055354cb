import type { Generator } from '../types';
import { deriveMetricUsage } from './metricUsage';

/** src/contract/metricUsage.gen.json: the pages reading each contract metric, for the configuration page's check. */
export const metricUsageFile: Generator = {
  name: 'metric usage',
  generate: () => {
    const { usedBy, unknown } = deriveMetricUsage();
    if (unknown.length > 0) {
      const list = unknown.map(({ page, series }) => `${page} reads ${series}`).join('; ');
      throw new Error(`Queries read series outside the metric contract and the recording rules: ${list}`);
    }
    return { path: 'src/contract/metricUsage.gen.json', content: JSON.stringify(usedBy, null, 2) };
  },
};
