import { stringify } from 'yaml';
import { CONTRACTS, type Contracts, checkedContracts } from '../../src/catalog/contracts';
import { ROUTE_RECORD_SECONDS, type RouteResolution } from '../../src/catalog/slo';
import { SLA_RULE_INTERVAL_SECONDS, routeRecordingRules, slaRecordingRules } from '../../src/queries/slaRules';
import { CONTRACT_LABELS } from '../../src/queries/selector';
import type { Generator } from '../types';

const HEADER = '# Generated from src/catalog/slo.ts and src/catalog/contracts.ts by `npm run generate`. Do not edit.\n';

/** The SLA's recording rules as a Prometheus/Mimir rule file, following each partner's contract (a wrong one stops it). */
export function slaRulesYaml(contracts: Contracts = CONTRACTS): string {
  checkedContracts(contracts);
  const { short, long } = slaRecordingRules(CONTRACT_LABELS, contracts);
  const groups = [
    { name: 'shoppulse-sla', interval: `${SLA_RULE_INTERVAL_SECONDS.short / 60}m`, rules: short },
    { name: 'shoppulse-sla-long-windows', interval: `${SLA_RULE_INTERVAL_SECONDS.long / 60}m`, rules: long },
    ...(Object.keys(ROUTE_RECORD_SECONDS) as RouteResolution[]).map((every) => ({
      name: every === '5m' ? 'shoppulse-sla-routes' : `shoppulse-sla-routes-${every}`,
      interval: every,
      rules: routeRecordingRules(every, CONTRACT_LABELS, contracts),
    })),
  ];
  return HEADER + stringify({ groups }, { lineWidth: 0 });
}

/** rules/shoppulse-sla.rules.yaml: the partners' SLA as recording rules (Prometheus and Mimir format). */
export const slaRulesFile: Generator = {
  name: 'SLA recording rules',
  generate: () => ({ path: 'rules/shoppulse-sla.rules.yaml', content: slaRulesYaml() }),
};
