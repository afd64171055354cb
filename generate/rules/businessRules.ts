import { stringify } from 'yaml';
import { BUSINESS_RESOLUTIONS, RECORDED_EVERY } from '../../src/catalog/business';
import { businessRecordingRules } from '../../src/queries/businessRules';
import type { Generator } from '../types';

const HEADER = '# Generated from src/catalog/business/recorded.ts by `npm run generate`. Do not edit.\n';

/** rules/shoppulse-business.rules.yaml: the business counters' increases, one group per evaluation interval. */
export const businessRulesFile: Generator = {
  name: 'business recording rules',
  generate: () => {
    // A group's interval must equal the increase's window, or the sums over a range count minutes twice or not at all.
    // Rules of a group run in order, so the rolling days (after the hours in their group) read this hour's increase.
    const intervals = [...new Set(Object.values(RECORDED_EVERY))];
    const groups = intervals.map((interval) => ({
      name: `shoppulse-business-${interval}`,
      interval,
      rules: BUSINESS_RESOLUTIONS.filter((resolution) => RECORDED_EVERY[resolution] === interval).flatMap(
        (resolution) => businessRecordingRules(resolution)
      ),
    }));
    return { path: 'rules/shoppulse-business.rules.yaml', content: HEADER + stringify({ groups }, { lineWidth: 0 }) };
  },
};
