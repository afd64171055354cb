import { DEPLOYMENT_LABEL } from '../catalog';
import { type Amount, type BusinessResolution, type RiskDef, findKpi } from '../catalog/business';
import { slaRecord } from '../catalog/slo';
import {
  type BusinessQueryContext,
  type ShopFilters,
  amountExpr,
  filterMatchers,
  recordedAmount,
  totalOf,
  withOffset,
} from './business';
import { CONTRACTS, type Contracts } from '../catalog/contracts';
import { projectedMissExpr } from './budgetLeft';
import { sumBy } from './functions';
import { jobLastSuccess, jobOverdueExpr } from './health';
import { CONTRACT_LABELS, type LabelNames, labelName, selector } from './selector';

/** Risks read the 5-minute records: they speak of the last hour or day, at most five minutes behind. */
const RESOLUTION: BusinessResolution = '5m';
/** How far back a job's backlog is counted: a week without the job is far past any alert about it. */
const BACKLOG_LOOKBACK = '7d';

/** What the SLA's calendar risks are judged by: when (Unix seconds) and by which contracts. */
export interface RiskMonth {
  time: number;
  contracts?: Contracts;
}

/**
 * A risk's expression: one series per place where the statement is true, none when all is well. `month` is needed
 * by the risks of the calendar month.
 */
export function riskExpr(
  risk: RiskDef,
  filters: ShopFilters,
  names: LabelNames = CONTRACT_LABELS,
  month?: RiskMonth
): string {
  const { rule } = risk;
  const at = (window: string, offset?: string): BusinessQueryContext => ({
    filters,
    range: window,
    resolution: RESOLUTION,
    offset,
    names,
  });
  const share = (bad: Amount, all: Amount, by: string, context: BusinessQueryContext) => {
    const total = amountExpr(all, [by], context);
    return `((${amountExpr(bad, [by], context)} or ${total} * 0) / ${total})`;
  };
  switch (rule.kind) {
    case 'slaBudgetBelow':
      return `${selector(slaRecord.budgetRemaining, filterMatchers(filters), names)} < ${rule.threshold}`;
    case 'slaMonthProjectedMiss': {
      if (!month) {
        throw new Error(`${risk.id} is judged over the calendar month: give the time`);
      }
      const scope = { names, contracts: month.contracts ?? CONTRACTS, raw: false };
      return projectedMissExpr(month.time, scope, filterMatchers(filters));
    }
    case 'shareAbove':
      return `${share(rule.bad, rule.all, rule.by, at(rule.window))} > ${rule.threshold}`;
    case 'shareAboveUsual': {
      const now = share(rule.bad, rule.all, rule.by, at(rule.window));
      const before = share(rule.bad, rule.all, rule.by, at(rule.window, '1w'));
      // Without last week's data (a new shop, a short history) the floor alone decides.
      return `((${now} > ${rule.factor} * ${before}) or (${now} unless ${before})) and (${now} >= ${rule.floor})`;
    }
    case 'totalAboveUsual': {
      const now = amountExpr(rule.amount, [rule.by], at(rule.window));
      const before = amountExpr(rule.amount, [rule.by], at(rule.window, '1w'));
      return `(${now} > ${rule.factor} * ${before}) and (${now} >= ${rule.floor})`;
    }
    case 'levelAboveUsual': {
      const matchers = filterMatchers(filters);
      const now = sumBy([rule.by], selector(rule.gauge, matchers, names), names);
      const before = sumBy([rule.by], withOffset(selector(rule.gauge, matchers, names), '1w'), names);
      return `(${now} > ${rule.factor} * ${before}) and (${now} >= ${rule.floor})`;
    }
    case 'jobOverdue': {
      // Jobs run per deployment; the backlog's first total has the partner label, so it names the selection's ones.
      const selection = amountExpr(totalOf(findKpi(rule.backlog.kpis[0])), [DEPLOYMENT_LABEL], at('1h'));
      const deployment = labelName(DEPLOYMENT_LABEL, names);
      return `max by (${deployment}) (${jobOverdueExpr(rule.job, filters, names)}) and on (${deployment}) ${selection}`;
    }
  }
}

/**
 * One total of a job's backlog: how much came in since the job last succeeded, over the deployments where the risk is
 * true. The subquery steps through the 5-minute records and keeps those after the last success as of the query's
 * time (`@ end()`), so each deployment is counted from its own last success.
 */
export function backlogExpr(
  risk: RiskDef,
  kpiId: string,
  filters: ShopFilters,
  names: LabelNames = CONTRACT_LABELS
): string {
  const { rule } = risk;
  if (rule.kind !== 'jobOverdue' || !rule.backlog.kpis.includes(kpiId)) {
    throw new Error(`${kpiId} is not in the backlog of ${risk.id}`);
  }
  const deployment = labelName(DEPLOYMENT_LABEL, names);
  const increments = sumBy(
    [DEPLOYMENT_LABEL],
    recordedAmount(totalOf(findKpi(kpiId)), filters, RESOLUTION, names),
    names
  );
  const sinceSuccess = `${increments} and on (${deployment}) (${jobLastSuccess(rule.job, filters, names, 'end()')} < time())`;
  const backlog = `sum_over_time((${sinceSuccess})[${BACKLOG_LOOKBACK}:${RESOLUTION}])`;
  return `sum(${backlog} and on (${deployment}) (${riskExpr(risk, filters, names)}))`;
}
