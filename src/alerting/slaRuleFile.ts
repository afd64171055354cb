import { stringify } from 'yaml';
import { CONTRACTS, type Contracts, checkedContracts } from '../catalog/contracts';
import { MAINTENANCE_WINDOWS, type MaintenanceWindow, checkedMaintenance } from '../catalog/maintenance';
import { ROUTE_RECORD_SECONDS, type RouteResolution } from '../catalog/slo';
import {
  type RecordingRule,
  SLA_RULE_INTERVAL_SECONDS,
  routeRecordingRules,
  slaRecordingRules,
} from '../queries/slaRules';
import { CONTRACT_LABELS } from '../queries/selector';

/** The file's name, wherever it is loaded from. */
export const SLA_RULE_FILE = 'shoppulse-sla.rules.yaml';

const HEADER = '# Generated from src/catalog/slo.ts and src/catalog/contracts.ts by `npm run generate`. Do not edit.\n';

export interface SlaRuleGroup {
  name: string;
  intervalSeconds: number;
  rules: RecordingRule[];
}

/**
 * The SLA's recording rules by group, following each partner's contract and leaving out the declared maintenance
 * windows (a wrong contract or window stops it): the rule file holds them, and Grafana can record them itself.
 */
export function slaRuleGroups(
  contracts: Contracts = CONTRACTS,
  windows: readonly MaintenanceWindow[] = MAINTENANCE_WINDOWS
): SlaRuleGroup[] {
  checkedContracts(contracts);
  checkedMaintenance(windows);
  const { short, long } = slaRecordingRules(CONTRACT_LABELS, contracts, windows);
  return [
    { name: 'shoppulse-sla', intervalSeconds: SLA_RULE_INTERVAL_SECONDS.short, rules: short },
    { name: 'shoppulse-sla-long-windows', intervalSeconds: SLA_RULE_INTERVAL_SECONDS.long, rules: long },
    ...(Object.keys(ROUTE_RECORD_SECONDS) as RouteResolution[]).map((every) => ({
      name: every === '5m' ? 'shoppulse-sla-routes' : `shoppulse-sla-routes-${every}`,
      intervalSeconds: ROUTE_RECORD_SECONDS[every],
      rules: routeRecordingRules(every, CONTRACT_LABELS, contracts),
    })),
  ];
}

/**
 * The SLA's recording rules as a Prometheus/Mimir rule file, following each partner's contract and leaving out the
 * declared maintenance windows (a wrong contract or window stops it): the generator writes the plugin's own, the
 * configuration page the one for the contracts it edits.
 */
export function slaRulesYaml(
  contracts: Contracts = CONTRACTS,
  windows: readonly MaintenanceWindow[] = MAINTENANCE_WINDOWS
): string {
  const groups = slaRuleGroups(contracts, windows).map(({ name, intervalSeconds, rules }) => ({
    name,
    interval: intervalSeconds < 3600 ? `${intervalSeconds / 60}m` : `${intervalSeconds / 3600}h`,
    rules,
  }));
  return HEADER + stringify({ groups }, { lineWidth: 0 });
}
