import type { AlertCondition, AlertDef, GaugeCheck } from '../catalog/alerts';
import { JOB_ALLOWED_GAP_HOURS } from '../catalog/areas/jobs';
import { HEALTH_CHECKS } from '../catalog/health';
import { slaRecord } from '../catalog/slo';
import { rate, shareOf, sumBy } from './functions';
import { eq, neq, selector } from './selector';

const HOUR = 3600;
const JOB_LAST_SUCCESS = HEALTH_CHECKS.find((check) => check.id === 'job_overdue')!.metric;

const maxBy = (by: string[], expr: string) => `max by (${by.join(', ')}) (${expr})`;

function gauge(by: string[], { metric, where = {}, op, value }: GaugeCheck): string {
  const matchers = Object.entries(where).map(([label, wanted]) => eq(label, wanted));
  return `${maxBy(by, selector(metric, matchers))} ${op} ${value}`;
}

/** The PromQL of an alert's condition; the rule files, Grafana's rules and the Alerts page all show this text. */
export function conditionExpr(condition: AlertCondition): string {
  switch (condition.kind) {
    case 'always':
      return 'vector(1)';
    case 'absent':
      return condition.series
        .map((name) => `label_replace(absent_over_time(${name}[${condition.window}]), "metric", "${name}", "", "")`)
        .join(' or ');
    case 'failureShare': {
      const { metric, label, good, by, window, above, minRate, everyGroup } = condition;
      const share = shareOf(metric, [neq(label, good)], by, window);
      const failing = `${everyGroup ? 'min' : ''}(${share}) > ${above}`;
      const traffic = sumBy(everyGroup ? [] : by, rate(selector(metric), window));
      return minRate === undefined ? failing : `${failing} and ${traffic} > ${minRate}`;
    }
    case 'stopped': {
      const { metric, by, window, whileMetric, whileAbove } = condition;
      const rateOf = (name: string) => sumBy(by, rate(selector(name), window));
      return `${rateOf(metric)} == 0 and ${rateOf(whileMetric)} > ${whileAbove}`;
    }
    case 'gauges':
      return condition.checks.map((check) => gauge(condition.by, check)).join(' and ');
    case 'jobOverdue': {
      const lastSuccess = selector(JOB_LAST_SUCCESS, [eq('job', condition.job)]);
      return `time() - ${maxBy(['deployment'], lastSuccess)} > ${JOB_ALLOWED_GAP_HOURS[condition.job] * HOUR}`;
    }
    case 'expiresWithin':
      return `min by (${condition.by.join(', ')}) (${condition.metric}) - time() < ${condition.seconds}`;
    case 'predicted': {
      const { metric, over, ahead, exceeds } = condition;
      const predicted = `predict_linear(${metric}[${over}], ${ahead.count} * ${ahead.unitSeconds})`;
      return exceeds
        ? `${maxBy(exceeds.by, predicted)} > ${maxBy(exceeds.by, exceeds.limit)} * ${exceeds.share}`
        : `${predicted} < 0`;
    }
    case 'growing': {
      const { metric, over, perSecondAbove, valueAbove } = condition;
      return `deriv(${metric}[${over}]) > ${perSecondAbove} and ${metric} > ${valueAbove}`;
    }
    case 'burnRate': {
      const { long, short, factor } = condition;
      return `${slaRecord.burnRate(long)} > ${factor} and ${slaRecord.burnRate(short)} > ${factor}`;
    }
    case 'budgetExhausted':
      return `${slaRecord.budgetRemaining} <= 0`;
  }
}

/** The PromQL of an alert. */
export const alertExpr = (alert: AlertDef): string => conditionExpr(alert.condition);
