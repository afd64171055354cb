import { ALERTS } from '../../catalog/alerts';
import { type SlaAlertScope, alertExprForContracts } from '../../queries/slaAlerts';
import bundleJson from './bundle.gen.json';
import type { Folder } from './grafanaApi';
import type { Desired } from './plan';
import { type SlaRecords, slaRecordingGroups } from './slaRecords';

/** The placeholder the generator writes where the rules' data source goes (generate/alerts/grafana/installBundle.ts). */
const DATASOURCE_PLACEHOLDER = '__SHOPPULSE_DATASOURCE__';

type Bundle = typeof bundleJson;
type BundleRule = Bundle['rules'][number];

/** The folder the install creates when Grafana has none of ours. */
export const BUNDLE_FOLDER: Folder = bundleJson.folder;

/**
 * A rule with its PromQL judged by `scope`'s contracts. The bundle was generated with the catalog's, by the same
 * function, so on those every rule stays as generated; an SLA rule on other budgets gets each partner's own.
 */
function judgedBy(rule: BundleRule, scope: SlaAlertScope) {
  const alert = ALERTS.find((each) => each.id === rule.title);
  if (!alert) {
    return rule;
  }
  const expr = alertExprForContracts(alert, scope);
  return {
    ...rule,
    // The Prometheus query is the one data entry with PromQL; the expressions after it only test what it returned.
    data: rule.data.map((query) =>
      typeof query.model.expr === 'string' ? { ...query, model: { ...query.model, expr } } : query
    ),
  };
}

/**
 * What installing means, object by object, in the order Grafana needs them: the folder before its rule groups,
 * the template and contact points before the policies that name them, the mute timing before the policies use it.
 * The SLA rules judge each partner by `scope`'s contracts: those saved on the configuration page. With `records`,
 * Grafana also records the SLA series for them, after the alert rules that read those series.
 */
export function desiredObjects(
  datasourceUid: string,
  folder: Folder = BUNDLE_FOLDER,
  scope: SlaAlertScope = {},
  records?: SlaRecords
): Array<Desired<unknown>> {
  const bundle: Bundle = JSON.parse(JSON.stringify(bundleJson).replaceAll(DATASOURCE_PLACEHOLDER, datasourceUid));
  return [
    { kind: 'folder', key: folder.uid, body: folder },
    ...bundle.templates.map((template) => ({ kind: 'template' as const, key: template.name, body: template })),
    ...bundle.contactPoints.map((point) => ({ kind: 'contact point' as const, key: point.uid, body: point })),
    ...bundle.muteTimings.map((timing) => ({ kind: 'mute timing' as const, key: timing.name, body: timing })),
    { kind: 'notification policy', key: 'tree', body: bundle.policies },
    ...bundle.ruleGroups.map((group) => ({
      kind: 'rule group' as const,
      key: group.title,
      body: {
        title: group.title,
        folderUid: folder.uid,
        interval: group.interval,
        rules: bundle.rules
          .filter((rule) => rule.ruleGroup === group.title)
          .map((rule) => ({ ...judgedBy(rule, scope), folderUID: folder.uid })),
      },
    })),
    ...(records ? slaRecordingGroups(datasourceUid, folder, records) : []),
  ];
}
