import type { Contracts } from '../../catalog/contracts';
import type { MaintenanceWindow } from '../../catalog/maintenance';
import { slaRuleGroups } from '../slaRuleFile';
import type { Folder } from './grafanaApi';
import type { Desired } from './plan';

/** What Grafana records instead of Prometheus: the SLA series for the saved contracts and maintenance windows. */
export interface SlaRecords {
  contracts: Contracts;
  windows: readonly MaintenanceWindow[];
}

/** The rule file's group name, marked as Grafana's: shoppulse-sla becomes shoppulse-grafana-sla. */
export const grafanaGroupName = (name: string) => name.replace(/^shoppulse-/, 'shoppulse-grafana-');

/**
 * The SLA's recording rules as Grafana-managed recording rules, group by group as in shoppulse-sla.rules.yaml and
 * from the same generator: each evaluates its PromQL on the data source and writes the result back into it (Grafana
 * remote-writes, so the Prometheus needs its remote-write receiver). For a Prometheus that does not load the rule
 * file: with both, every series would be written twice.
 */
export function slaRecordingGroups(
  datasourceUid: string,
  folder: Folder,
  records: SlaRecords
): Array<Desired<unknown>> {
  return slaRuleGroups(records.contracts, records.windows).map((group) => {
    const title = grafanaGroupName(group.name);
    const seen = new Map<string, number>();
    return {
      kind: 'rule group' as const,
      key: title,
      body: {
        title,
        folderUid: folder.uid,
        interval: group.intervalSeconds,
        rules: group.rules.map((rule, index) => {
          // A record may have several rules (one per maintenance scope): Grafana wants each title once per folder.
          const count = (seen.get(rule.record) ?? 0) + 1;
          seen.set(rule.record, count);
          return {
            // Stable across installs: the generator writes a group's rules in the same order every time.
            uid: `sp-${group.name.replace('shoppulse-', '')}-${index}`.slice(0, 40),
            title: count > 1 ? `${rule.record} (${count})` : rule.record,
            orgID: 1,
            folderUID: folder.uid,
            ruleGroup: title,
            data: [
              {
                refId: 'A',
                datasourceUid,
                relativeTimeRange: { from: 600, to: 0 },
                model: {
                  refId: 'A',
                  expr: rule.expr,
                  instant: true,
                  datasource: { type: 'prometheus', uid: datasourceUid },
                },
              },
            ],
            record: { metric: rule.record, from: 'A', target_datasource_uid: datasourceUid },
            labels: rule.labels ?? {},
            for: '0s',
            noDataState: 'OK',
            execErrState: 'Error',
            isPaused: false,
          };
        }),
      },
    };
  });
}
