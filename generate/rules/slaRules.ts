import { stringify } from 'yaml';
import { slaRecordingRules } from '../../src/queries/slaRules';
import type { Generator } from '../types';

const HEADER = '# Generated from src/catalog/slo.ts by `npm run generate`. Do not edit.\n';

/** rules/shoppulse-sla.rules.yaml: the partners' SLA as recording rules (Prometheus and Mimir format). */
export const slaRulesFile: Generator = {
  name: 'SLA recording rules',
  generate: () => {
    const { short, long } = slaRecordingRules();
    const groups = [
      { name: 'shoppulse-sla', interval: '1m', rules: short },
      { name: 'shoppulse-sla-long-windows', interval: '5m', rules: long },
    ];
    return { path: 'rules/shoppulse-sla.rules.yaml', content: HEADER + stringify({ groups }, { lineWidth: 0 }) };
  },
};
