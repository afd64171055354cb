import { SLA_RULE_FILE, slaRulesYaml } from '../../src/alerting/slaRuleFile';
import type { Generator } from '../types';

/** rules/shoppulse-sla.rules.yaml: the partners' SLA as recording rules (Prometheus and Mimir format). */
export const slaRulesFile: Generator = {
  name: 'SLA recording rules',
  generate: () => ({ path: `rules/${SLA_RULE_FILE}`, content: slaRulesYaml() }),
};
