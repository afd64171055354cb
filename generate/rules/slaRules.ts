import { stringify } from 'yaml';
import { ROUTE_RECORD_SECONDS, type RouteResolution } from '../../src/catalog/slo';
import { SLA_RULE_INTERVAL_SECONDS, routeRecordingRules, slaRecordingRules } from '../../src/queries/slaRules';
import type { Generator } from '../types';

const HEADER = '# Generated from src/catalog/slo.ts by `npm run generate`. Do not edit.\n';

/** rules/shoppulse-sla.rules.yaml: the partners' SLA as recording rules (Prometheus and Mimir format). */
export const slaRulesFile: Generator = {
  name: 'SLA recording rules',
  generate: () => {
    const { short, long } = slaRecordingRules();
    const groups = [
      { name: 'shoppulse-sla', interval: `${SLA_RULE_INTERVAL_SECONDS.short / 60}m`, rules: short },
      { name: 'shoppulse-sla-long-windows', interval: `${SLA_RULE_INTERVAL_SECONDS.long / 60}m`, rules: long },
      ...(Object.keys(ROUTE_RECORD_SECONDS) as RouteResolution[]).map((every) => ({
        name: every === '5m' ? 'shoppulse-sla-routes' : `shoppulse-sla-routes-${every}`,
        interval: every,
        rules: routeRecordingRules(every),
      })),
    ];
    return { path: 'rules/shoppulse-sla.rules.yaml', content: HEADER + stringify({ groups }, { lineWidth: 0 }) };
  },
};
