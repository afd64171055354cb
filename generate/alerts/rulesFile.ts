import { stringify } from 'yaml';
import { ALERTS } from '../../src/catalog/alerts';
import type { Generator } from '../types';
import { alertAnnotations, alertLabels } from './annotations';
import { alertExpr } from '../../src/queries/alerts';

const HEADER = '# Generated from src/catalog/alerts/ by `npm run generate`. Do not edit.\n';

/** rules/shoppulse-alerts.rules.yaml: every alert template, for Prometheus or Mimir, one group per level. */
export const alertRulesFile: Generator = {
  name: 'alert rules',
  generate: () => {
    const groups = (['phone', 'mail', 'slack'] as const).map((level) => ({
      name: `shoppulse-alerts-${level}`,
      rules: ALERTS.filter((alert) => alert.level === level).map((alert) => ({
        alert: alert.id,
        expr: alertExpr(alert),
        for: alert.for,
        labels: alertLabels(alert),
        annotations: alertAnnotations(alert),
      })),
    }));
    return { path: 'rules/shoppulse-alerts.rules.yaml', content: HEADER + stringify({ groups }, { lineWidth: 0 }) };
  },
};
