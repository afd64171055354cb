import { stringify } from 'yaml';
import { ALERTS } from '../../src/catalog/alerts';
import type { Generator } from '../types';
import { alertAnnotations, alertLabels } from './annotations';

const HEADER = '# Generated from the cases in src/catalog/alerts/ by `npm run generate`. Do not edit.\n';

/** rules/tests/alerts.test.yaml: for every alert, promtool cases where it fires in its incident and stays silent otherwise. */
export const alertRulesTests: Generator = {
  name: 'alert rule tests',
  generate: () => {
    const tests = ALERTS.flatMap((alert) =>
      alert.cases.map((testCase) => ({
        name: `${alert.id}: ${testCase.name}`,
        interval: '1m',
        input_series: testCase.input,
        alert_rule_test: [
          ...testCase.firing.map(({ at, labels }) => ({
            eval_time: at,
            alertname: alert.id,
            exp_alerts: labels.map((where) => ({
              exp_labels: { ...where, ...alertLabels(alert) },
              exp_annotations: alertAnnotations(alert, where),
            })),
          })),
          ...testCase.silent.map((at) => ({ eval_time: at, alertname: alert.id, exp_alerts: [] })),
        ],
      }))
    );
    const file = { rule_files: ['../shoppulse-alerts.rules.yaml'], evaluation_interval: '1m', tests };
    return { path: 'rules/tests/alerts.test.yaml', content: HEADER + stringify(file, { lineWidth: 0 }) };
  },
};
