import { stringify } from 'yaml';
import { BUSINESS_RESOLUTIONS } from '../../src/catalog/business';
import { businessRecordingRules } from '../../src/queries/businessRules';
import type { Generator } from '../types';

const HEADER = '# Generated from src/catalog/business/recorded.ts by `npm run generate`. Do not edit.\n';

/** rules/shoppulse-business.rules.yaml: the business counters' increases, one group per resolution. */
export const businessRulesFile: Generator = {
  name: 'business recording rules',
  generate: () => {
    // A group's interval must equal the increase's window, or the sums over a range count minutes twice or not at all.
    const groups = BUSINESS_RESOLUTIONS.map((resolution) => ({
      name: `shoppulse-business-${resolution}`,
      interval: resolution,
      rules: businessRecordingRules(resolution),
    }));
    return { path: 'rules/shoppulse-business.rules.yaml', content: HEADER + stringify({ groups }, { lineWidth: 0 }) };
  },
};
