import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { GRAFANA_ALERTS_SERIES, GRAFANA_STATE_LABEL } from '../../src/catalog/alerts/activity';
import { parseDuration } from '../time';
import { recordRulesOverHistory } from './recordRules';

/** The alerting rules whose history the test stacks and the bench write (compose's Prometheus loads them too). */
export const ALERT_RULE_FILES = ['rules/shoppulse-alerts.rules.yaml'];

/** The rules' evaluation interval: the global `evaluation_interval` of prometheus/prometheus.yml and of the stacks. */
const EVALUATION_SECONDS = 60;

interface AlertingRule {
  alert?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
}

interface RecordingRule {
  record: string;
  expr: string;
  labels: Record<string, string>;
}

/**
 * Recording rules that write the `ALERTS` series Prometheus writes for alerting rules, so that the history imported
 * with promtool gets the alerts it would have fired (Prometheus evaluates alert rules only from the moment it starts).
 * Prometheus' `for`: an alert is pending from the first evaluation its expression holds, and fires once it has held at
 * every evaluation for `for`: at t, at every evaluation from t - for to t, which is `for / interval + 1` of them. The
 * subquery counts them: `[for + 59s:1m]` holds exactly those minute-aligned points in Prometheus 2 (closed range) and
 * 3 (left-open). `(x) ^ 0` is 1 for any value, NaN and infinities included, as ALERTS' value is.
 * `name` renames the series, for comparing them with Prometheus' own `ALERTS` in promtool's tests; `GRAFANA_ALERTS`
 * writes them as Grafana does for its own rules, with its state label (`alerting` or `pending`) too.
 */
export function alertHistoryRules(ruleFiles: string[], name = 'ALERTS'): { groups: object[] } {
  const groups = ruleFiles.flatMap(
    (file) => parse(readFileSync(file, 'utf8')).groups as Array<{ name: string; rules: AlertingRule[] }>
  );
  return {
    groups: groups.map((group) => ({
      name: `${group.name}-history`,
      interval: `${EVALUATION_SECONDS}s`,
      rules: group.rules.filter((rule) => rule.alert).flatMap((rule) => emulate(rule, name)),
    })),
  };
}

function emulate(rule: AlertingRule, name: string): RecordingRule[] {
  const hold = parseDuration(rule.for ?? '0s') ?? 0;
  const grafanaState = (alertstate: string): Record<string, string> =>
    name === GRAFANA_ALERTS_SERIES ? { [GRAFANA_STATE_LABEL]: alertstate === 'firing' ? 'alerting' : alertstate } : {};
  const labels = (alertstate: string) => ({
    ...rule.labels,
    alertname: rule.alert!,
    alertstate,
    ...grafanaState(alertstate),
  });
  const expr = `(${rule.expr})`;
  if (hold === 0) {
    return [{ record: name, expr: `${expr} ^ 0`, labels: labels('firing') }];
  }
  const held = `count_over_time(${expr}[${hold + EVALUATION_SECONDS - 1}s:${EVALUATION_SECONDS}s]) == ${hold / EVALUATION_SECONDS + 1}`;
  return [
    { record: name, expr: `(${held}) ^ 0`, labels: labels('firing') },
    { record: name, expr: `${expr} ^ 0 unless (${held})`, labels: labels('pending') },
  ];
}

/** Writes the emulating rules of `ruleFiles` into `dir`, for promtool. */
export function writeAlertHistoryRules(ruleFiles: string[], dir: string, name = 'ALERTS'): string {
  const file = join(dir, 'alert-history.rules.yaml');
  writeFileSync(file, stringify(alertHistoryRules(ruleFiles, name), { lineWidth: 0 }));
  return file;
}

/**
 * Records the `ALERTS` series of the alerting rules in `ruleFiles` over the last `lastDays` of imported history,
 * after the recording rules they read were recorded. Returns the seconds it took.
 */
export async function recordAlertHistory(options: {
  dir: string;
  dataDir: string;
  ruleFiles: string[];
  lastDays: number;
  /** The series written: Prometheus' `ALERTS` by default, or Grafana's `GRAFANA_ALERTS`. */
  series?: string;
  start: number;
  end: number;
}): Promise<number> {
  const file = writeAlertHistoryRules(options.ruleFiles, options.dir, options.series);
  // Whole minutes, so that the evaluations fall where the subqueries' points do.
  const from = Math.max(options.start, options.end - options.lastDays * 86400);
  return recordRulesOverHistory({
    dir: options.dir,
    dataDir: options.dataDir,
    ruleFiles: [file],
    start: Math.ceil(from / EVALUATION_SECONDS) * EVALUATION_SECONDS,
    end: options.end,
  });
}
