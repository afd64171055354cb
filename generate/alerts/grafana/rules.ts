import * as alerting from '@grafana/grafana-foundation-sdk/alerting';
import * as expr from '@grafana/grafana-foundation-sdk/expr';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import { ALERTS, type AlertDef, type AlertLevel } from '../../../src/catalog/alerts';
import type { GeneratedFile } from '../../types';
import { alertAnnotations, alertLabels } from '../annotations';
import { EXPRESSION_DATASOURCE, FOLDER, ORG_ID, prometheusDatasource, provisioningFile, stableUid } from './shared';
import { alertExprForContracts } from '../../../src/queries/slaAlerts';

/** Prometheus' evaluation_interval (prometheus/prometheus.yml): both evaluate the catalog at the same pace. */
export const EVALUATION_INTERVAL_SECONDS = 60;
const LEVELS: AlertLevel[] = ['phone', 'mail', 'slack'];

/**
 * Each rule evaluates the catalog's PromQL the way Prometheus does: every series the query returns fires,
 * whatever its value (a burn rate, a remaining budget at or below zero, NaN), and no series at all is normal.
 * A Grafana condition instead fires on non-zero numbers, so the query's result goes through two expressions:
 *   A (instant PromQL) → B (math: 1 for every series A returned) → C (threshold: B > 0), the condition.
 */
export const REF = { query: 'A', present: 'B', condition: 'C' } as const;

function queries(alert: AlertDef, datasource: { type: string; uid: string }) {
  const query = new alerting.QueryBuilder(REF.query)
    .datasourceUid(datasource.uid)
    // The expressions carry their own windows; the range only bounds what Grafana asks for.
    .relativeTimeRange({ from: 600, to: 0 })
    .model(
      new prometheus.DataqueryBuilder()
        .refId(REF.query)
        .datasource(datasource)
        // The catalog's contracts: the install swaps in the saved ones (src/alerting/install/bundle.ts).
        .expr(alertExprForContracts(alert))
        .instant()
        .editorMode(prometheus.QueryEditorMode.Code)
    );
  const present = new alerting.QueryBuilder(REF.present)
    .datasourceUid(EXPRESSION_DATASOURCE.uid)
    .model(
      new expr.TypeMathBuilder()
        .refId(REF.present)
        .datasource(EXPRESSION_DATASOURCE)
        .expression(`is_number($${REF.query}) || is_nan($${REF.query}) || is_inf($${REF.query})`)
    );
  const condition = new alerting.QueryBuilder(REF.condition).datasourceUid(EXPRESSION_DATASOURCE.uid).model(
    new expr.TypeThresholdBuilder()
      .refId(REF.condition)
      .datasource(EXPRESSION_DATASOURCE)
      .expression(REF.present)
      .conditions([{ evaluator: { type: 'gt', params: [0] } }])
  );
  return [query, present, condition];
}

export const groupName = (level: AlertLevel) => `shoppulse-alerts-${level}`;

function ruleOf(alert: AlertDef, datasource: { type: string; uid: string }): alerting.RuleBuilder {
  return (
    new alerting.RuleBuilder(alert.id)
      .uid(stableUid(alert.id))
      .orgID(ORG_ID)
      .ruleGroup(groupName(alert.level))
      .queries(queries(alert, datasource))
      .condition(REF.condition)
      .forDuration(alert.for)
      .labels(alertLabels(alert))
      .annotations(alertAnnotations(alert))
      // Prometheus' semantics: an empty result is normal, and a series that disappears resolves at once.
      .noDataState('OK')
      .missingSeriesEvalsToResolve(1)
      // A failing query raises Grafana's own DatasourceError alert, which reaches the default (Slack) policy.
      .execErrState('Error')
      .isPaused(false)
  );
}

/** The SDK models the HTTP API; the file format names the rule's fields the same but a few (see Grafana's AlertRuleV1). */
function toFileRule(rule: alerting.Rule) {
  return {
    uid: rule.uid,
    title: rule.title,
    condition: rule.condition,
    data: rule.data,
    noDataState: rule.noDataState,
    execErrState: rule.execErrState,
    for: rule.for,
    missing_series_evals_to_resolve: rule.missingSeriesEvalsToResolve,
    labels: rule.labels,
    annotations: rule.annotations,
    isPaused: rule.isPaused,
  };
}

/** The SDK's rule group has a folder uid and an interval in seconds; files name the folder and use a duration. */
function toFileGroup(group: alerting.RuleGroup) {
  return {
    orgId: ORG_ID,
    name: group.title,
    folder: FOLDER,
    interval: `${group.interval}s`,
    rules: (group.rules ?? []).map(toFileRule),
  };
}

/** The catalog's alerts as Grafana-managed rules, one group per level, like rules/shoppulse-alerts.rules.yaml. */
export function ruleGroups(): alerting.RuleGroup[] {
  const datasource = prometheusDatasource();
  return LEVELS.map((level) =>
    new alerting.RuleGroupBuilder(groupName(level))
      .interval(EVALUATION_INTERVAL_SECONDS)
      .rules(ALERTS.filter((alert) => alert.level === level).map((alert) => ruleOf(alert, datasource)))
      .build()
  );
}

export function rulesFile(): GeneratedFile {
  return provisioningFile(
    'shoppulse-rules.yaml',
    `Grafana-managed alert rules in the folder "${FOLDER}", on the data source of provisioning/datasources/.`,
    { groups: ruleGroups().map(toFileGroup) }
  );
}
