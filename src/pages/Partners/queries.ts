import {
  BURN_RATE_WINDOWS,
  burnRateOver,
  type RequestKind,
  complianceOver,
  dailyPace,
  lastMonths,
  monthRequests,
  monthToDateSeconds,
  partnerBudgetExprs,
  partnerLatencyExprs,
  partnerListExprs,
} from '../../queries/partners';
import { type QueryBuilder, instantQuery, rangeQuery, tableQuery } from '../../queries/query';
import { findKpi } from '../../catalog/business';
import { partnerAnnotationExprs } from '../../queries/annotations';
import { kpiQueries } from '../../queries/kpiQueries';
import { knownPartnersExpr } from '../../queries/presence';
import type { LabelNames } from '../../queries/selector';

/** How many calendar months the monthly report goes back. */
export const REPORT_MONTHS = 12;

export function partnerListQueries(names: LabelNames): QueryBuilder {
  return ({ to }) =>
    Object.entries(partnerListExprs(monthToDateSeconds(to), names)).map(([refId, expr]) => tableQuery(refId, expr));
}

/** The headline numbers of one partner: compliance over the range and month to date, budget left, time left. */
export function partnerStatQueries(partner: string, names: LabelNames): QueryBuilder {
  const budget = partnerBudgetExprs(partner, names);
  return ({ to }) => [
    instantQuery('complianceRange', complianceOver('$__range', [], partner, names)),
    instantQuery('monthToDate', complianceOver(`${monthToDateSeconds(to)}s`, [], partner, names)),
    instantQuery('budgetRemaining', budget.remaining),
    instantQuery('exhaustedIn', budget.exhaustedIn),
  ];
}

export function partnerTrendQueries(partner: string, names: LabelNames): QueryBuilder {
  const budget = partnerBudgetExprs(partner, names);
  return () => [
    rangeQuery('compliance', budget.hourlyCompliance, 'good requests'),
    rangeQuery('budget', budget.remaining, 'budget left'),
  ];
}

export function burnRateQueries(partner: string, names: LabelNames): QueryBuilder {
  return () => BURN_RATE_WINDOWS.map((window) => instantQuery(window, burnRateOver(window, partner, names)));
}

/** The refId of the bad requests per route, counted over the range. */
export const BAD_BY_ROUTE = 'badByRoute';

/** Raw buckets up to two days, then the per-route records (with at most `LATENCY_POINTS` points, see below). */
export function latencyQueries(partner: string, names: LabelNames): QueryBuilder {
  return ({ resolution, raw }) => {
    const exprs = partnerLatencyExprs(partner, names, !raw && resolution !== '5m');
    return [
      { ...rangeQuery('heatmap', exprs.heatmap, '{{le}}'), format: 'heatmap' },
      rangeQuery('slowShare', exprs.slowShare),
      rangeQuery('errorsByRoute', exprs.errorsByRoute, '{{route}}'),
      tableQuery(BAD_BY_ROUTE, exprs.badByRoute),
    ];
  };
}

/** Points per latency panel: past two days a step is then at least the records' 5 minutes, as their average needs. */
export const LATENCY_POINTS = 500;

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

/** The business KPIs a partner page shows, as on the Business page narrowed to the partner. */
export const BRIEF_KPIS = ['revenue', 'orders_paid', 'payment_success_blik'];

/** The refId of the known partners, which a partner page checks its URL against. */
export const KNOWN_PARTNERS = 'partners';

/** Every query the partners list and one partner's page issue: panels, annotation layers and the partner check. */
export function partnersQueryList(partner: string, names: LabelNames): QueryBuilder[] {
  return [
    partnerListQueries(names),
    partnerStatQueries(partner, names),
    partnerTrendQueries(partner, names),
    burnRateQueries(partner, names),
    latencyQueries(partner, names),
    reportQueries(partner, names),
    ...BRIEF_KPIS.map((id) => kpiQueries(findKpi(id), names)),
    () => [instantQuery(KNOWN_PARTNERS, knownPartnersExpr(names))],
    () => Object.entries(partnerAnnotationExprs(partner, names)).map(([refId, expr]) => rangeQuery(refId, expr)),
  ];
}
