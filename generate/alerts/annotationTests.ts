import { stringify } from 'yaml';
import { ALERTS, type AlertDef } from '../../src/catalog/alerts';
import { partnerAlertsExpr } from '../../src/queries/annotations';
import { CONTRACT_LABELS } from '../../src/queries/selector';
import type { Generator } from '../types';
import { alertLabels } from './annotations';
import { METRIC } from '../../src/catalog/metricNames';

const HEADER = '# Generated from src/queries/annotations.ts and the alert cases by `npm run generate`. Do not edit.\n';

/** Where the partners live in this test: two share dep-b, one has dep-a to itself. */
const PARTNERS = { sportowo: 'dep-b', bobasek: 'dep-b', kwiatex: 'dep-a' };

/** The first case of each: an alert about a partner, one about each deployment, and one about the whole shop. */
const INCIDENTS = ['SlaErrorBudgetExhausted', 'SearchClusterRed', 'DatabaseDown', 'DeadMansSwitch'];
/** In their cases the partner's budget alert fires from minute 26 and dep-b's search alert until minute 30. */
const BOTH_FIRING = '28m';
const NONE_FIRING = '5m';

const alertById = (id: string): AlertDef => ALERTS.find((alert) => alert.id === id)!;

function firingSeries(id: string): string {
  const alert = alertById(id);
  const where = alert.cases[0]?.firing[0]?.labels[0] ?? {};
  const labels = { alertname: id, alertstate: 'firing', ...where, ...alertLabels(alert) };
  const inner = Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, value]) => `${label}="${value}"`)
    .join(',');
  return `ALERTS{${inner}}`;
}

const expected = (ids: string[]) => ids.map((id) => ({ labels: firingSeries(id), value: 1 }));

/**
 * rules/tests/annotations.test.yaml: the partner page's alert layer, evaluated by promtool over the alert rules'
 * own ALERTS series (imported history has none, so the simulator's Prometheus cannot show them).
 */
export const annotationRulesTests: Generator = {
  name: 'annotation query tests',
  generate: () => {
    const sessions = Object.entries(PARTNERS).map(([tenant, deployment]) => ({
      series: `${METRIC.shopSessionsTotal}{deployment="${deployment}",tenant="${tenant}"}`,
      values: '0+10x60',
    }));
    const incidents = INCIDENTS.flatMap((id) => alertById(id).cases[0]?.input ?? []);
    const layer = (partner: string, at: string, ids: string[]) => ({
      expr: partnerAlertsExpr(partner, CONTRACT_LABELS),
      eval_time: at,
      exp_samples: expected(ids),
    });
    const test = {
      name: 'a partner’s alert layer shows its own alerts and its deployment’s, not a neighbour’s or the shop’s',
      interval: '1m',
      input_series: [...sessions, ...incidents],
      promql_expr_test: [
        layer('sportowo', BOTH_FIRING, ['SlaErrorBudgetExhausted', 'SearchClusterRed']),
        layer('bobasek', BOTH_FIRING, ['SearchClusterRed']),
        layer('kwiatex', alertById('DatabaseDown').cases[0].firing[0].at, ['DatabaseDown']),
        layer('sportowo"} or vector(1) #', BOTH_FIRING, []),
        layer('sportowo', NONE_FIRING, []),
      ],
    };
    const file = { rule_files: ['../shoppulse-alerts.rules.yaml'], evaluation_interval: '1m', tests: [test] };
    return { path: 'rules/tests/annotations.test.yaml', content: HEADER + stringify(file, { lineWidth: 0 }) };
  },
};
