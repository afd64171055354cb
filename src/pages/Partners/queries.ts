import { slaRecord } from '../../catalog/slo';
import {
  BURN_RATE_WINDOWS,
  burnRateOver,
  type RequestKind,
  complianceOver,
  dailyPace,
  lastMonths,
  monthRequests,
  monthToDateSeconds,
  partnerLatencyExprs,
  partnerListExprs,
} from '../../queries/partners';
import { eq, selector, type LabelNames } from '../../queries/selector';
import { instantQuery } from '../../scenes/kpiQueries';
import type { PromQuery, QueryBuilder } from '../../scenes/ShopQueryRunner';

/** How many calendar months the monthly report goes back. */
export const REPORT_MONTHS = 12;

const table = (refId: string, expr: string): PromQuery => ({ ...instantQuery(refId, expr), format: 'table' });
const series = (refId: string, expr: string, legendFormat?: string): PromQuery => ({
  refId,
  expr,
  instant: false,
  range: true,
  legendFormat,
});

export function partnerListQueries(names: LabelNames): QueryBuilder {
  return ({ to }) =>
    Object.entries(partnerListExprs(monthToDateSeconds(to), names)).map(([refId, expr]) => table(refId, expr));
}

/** The headline numbers of one partner: compliance over the range and month to date, budget left, time left. */
export function partnerStatQueries(partner: string, names: LabelNames): QueryBuilder {
  const where = [eq('tenant', partner)];
  return ({ to }) => [
    instantQuery('complianceRange', complianceOver('$__range', [], partner, names)),
    instantQuery('monthToDate', complianceOver(`${monthToDateSeconds(to)}s`, [], partner, names)),
    instantQuery('budgetRemaining', `min(${selector(slaRecord.budgetRemaining, where, names)})`),
    instantQuery('exhaustedIn', `min(${selector(slaRecord.budgetExhaustedIn, where, names)})`),
  ];
}

export function partnerTrendQueries(partner: string, names: LabelNames): QueryBuilder {
  const where = [eq('tenant', partner)];
  return () => [
    series('compliance', `1 - max(${selector(slaRecord.errorRatio('1h'), where, names)})`, 'good requests'),
    series('budget', `min(${selector(slaRecord.budgetRemaining, where, names)})`, 'budget left'),
  ];
}

export function burnRateQueries(partner: string, names: LabelNames): QueryBuilder {
  return () => BURN_RATE_WINDOWS.map((window) => instantQuery(window, burnRateOver(window, partner, names)));
}

/** The refId of the bad requests per route, counted over the range. */
export const BAD_BY_ROUTE = 'badByRoute';

export function latencyQueries(partner: string, names: LabelNames): QueryBuilder {
  const exprs = partnerLatencyExprs(partner, names);
  return () => [
    { ...series('heatmap', exprs.heatmap, '{{le}}'), format: 'heatmap' },
    series('slowShare', exprs.slowShare),
    series('errorsByRoute', exprs.errorsByRoute, '{{route}}'),
    table(BAD_BY_ROUTE, exprs.badByRoute),
  ];
}

const REQUEST_KINDS: RequestKind[] = ['all', 'good'];

/** The refId of a month's requests (all or good) in the monthly report. */
export const reportRef = (month: string, kind: RequestKind) => `${month}:${kind}`;
/** The refIds of the last day's pace, which the report's projection follows. */
export const PACE_REFS: Record<RequestKind, string> = { all: 'pace:all', good: 'pace:good' };

/** Each calendar month's requests, all and good, and the last day's pace for the month still running. */
export function reportQueries(partner: string, names: LabelNames): QueryBuilder {
  return ({ to }) => [
    ...lastMonths(to, REPORT_MONTHS)
      .filter((month) => month.end > month.start)
      .flatMap((month) =>
        REQUEST_KINDS.map((kind) =>
          instantQuery(reportRef(month.label, kind), monthRequests(kind, partner, month.start, month.end, names))
        )
      ),
    ...REQUEST_KINDS.map((kind) => instantQuery(PACE_REFS[kind], dailyPace(kind, partner, names))),
  ];
}
