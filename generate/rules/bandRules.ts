import { stringify } from 'yaml';
import { BANDS_RECORDED_EVERY } from '../../src/catalog/bands';
import { bandRecordingRules } from '../../src/queries/bands';
import type { Generator } from '../types';

const HEADER = '# Generated from src/catalog/bands.ts by `npm run generate`. Do not edit.\n';

/** rules/shoppulse-bands.rules.yaml: the signals as the What changed page reads them, and every expected range. */
export const bandRulesFile: Generator = {
  name: 'expected-range recording rules',
  generate: () => {
    const { signals, edges } = bandRecordingRules();
    const groups = [
      { name: 'shoppulse-signals', interval: BANDS_RECORDED_EVERY, rules: signals },
      { name: 'shoppulse-bands', interval: BANDS_RECORDED_EVERY, rules: edges },
    ];
    return { path: 'rules/shoppulse-bands.rules.yaml', content: HEADER + stringify({ groups }, { lineWidth: 0 }) };
  },
};
