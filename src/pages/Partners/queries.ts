import {
  BURN_RATE_WINDOWS,
  burnRateOver,
  monthToDateStart,
  partnerBudgetExprs,
  partnerComplianceBetween,
  partnerListExprs,
} from '../../queries/partners';
import { partnerLatencyExprs, routeResolutionFor } from '../../queries/partnerLatency';
import { type RequestKind, dailyPace, requestsBetween } from '../../queries/slaRequests';
import { lastMonths } from '../../queries/calendar';
import { CONTRACTS, type Contracts, contractOf } from '../../catalog/contracts';
import { MAINTENANCE_WINDOWS, type MaintenanceWindow } from '../../catalog/maintenance';
import { requestsInWindowExpr, windowsFor } from '../../queries/maintenanceRequests';
import { type QueryBuilder, instantQuery, rangeQuery, tableQuery } from '../../queries/query';
import { findKpi } from '../../catalog/business';
import { amountExpr, filterMatchers, totalOf } from '../../queries/business';
import { partnerAnnotationExprs } from '../../queries/annotations';
import { kpiQueries } from '../../queries/kpiQueries';
import { knownPartnersExpr } from '../../queries/presence';
import type { LabelNames } from '../../queries/selector';

/** How many calendar months the monthly report goes back. */
export const REPORT_MONTHS = 12;

export function partnerListQueries(names: LabelNames, contracts: Contracts = CONTRACTS): QueryBuilder {
  return ({ to, raw }) =>
    Object.entries(partnerListExprs(to, { names, contracts, raw })).map(([refId, expr]) => tableQuery(refId, expr));
}

/** The headline numbers of one partner: compliance over the range and month to date, budget left, time left. */
export function partnerStatQueries(partner: string, names: LabelNames, contracts: Contracts = CONTRACTS): QueryBuilder {
  return ({ from, to, raw }) => {
    const scope = { names, contracts, raw };
    const budget = partnerBudgetExprs(partner, scope);
    const monthStart = monthToDateStart(to, contractOf(partner, contracts).timeZone);
    return [
      instantQuery('complianceRange', partnerComplianceBetween(partner, from, to, scope)),
      instantQuery('monthToDate', partnerComplianceBetween(partner, monthStart, to, scope)),
      instantQuery('budgetRemaining', budget.remaining),
      instantQuery('exhaustedIn', budget.exhaustedIn),
    ];
  };
}

export function partnerTrendQueries(
  partner: string,
  names: LabelNames,
  contracts: Contracts = CONTRACTS
): QueryBuilder {
  return ({ raw }) => {
    const budget = partnerBudgetExprs(partner, { names, contracts, raw });
    return [
      rangeQuery('compliance', budget.hourlyCompliance, 'good requests'),
      rangeQuery('budget', budget.remaining, 'budget left'),
    ];
  };
}

export function burnRateQueries(partner: string, names: LabelNames, contracts: Contracts = CONTRACTS): QueryBuilder {
  return ({ raw }) =>
    BURN_RATE_WINDOWS.map((window) => instantQuery(window, burnRateOver(window, partner, { names, contracts, raw })));
}

/** The refId of the bad requests per route, counted over the range. */
export const BAD_BY_ROUTE = 'badByRoute';

/**
 * Raw buckets up to two days, then the per-route records: the 5-minute ones, or the hourly ones once each of the
 * panel's `LATENCY_POINTS` steps holds one (see below).
 */
export function latencyQueries(partner: string, names: LabelNames, contracts: Contracts = CONTRACTS): QueryBuilder {
  return ({ resolution, raw, from, to }) => {
    const recorded = raw || resolution === '5m' ? undefined : routeResolutionFor(to - from, LATENCY_POINTS);
    const exprs = partnerLatencyExprs(partner, names, recorded, contracts);
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

/** The refId of the requests a maintenance window left out, by its place among the partner's windows. */
export const maintenanceRef = (index: number) => `maintenance:${index}`;

/** The refId of a month's requests (all or good) in the monthly report. */
export const reportRef = (month: string, kind: RequestKind) => `${month}:${kind}`;
/**
 * The refIds of the last day's pace, which the report's projection follows, and of that day's orders and revenue,
 * which tell what the requests left in the budget carry.
 */
export const PACE_REFS = {
  all: 'pace:all',
  good: 'pace:good',
  orders: 'pace:orders',
  revenue: 'pace:revenue',
} as const;
/** The business totals the budget left is told in, by the pace refId they answer. */
const PACE_KPIS = { orders: 'orders_paid', revenue: 'revenue' } as const;

/**
 * Each calendar month's requests in the partner's time zone, all and good, and the last day's pace for the month
 * still running, with that day's orders and revenue, and the requests each maintenance window left out.
 */
export function reportQueries(
  partner: string,
  names: LabelNames,
  contracts: Contracts = CONTRACTS,
  windows: readonly MaintenanceWindow[] = MAINTENANCE_WINDOWS
): QueryBuilder {
  return ({ to, raw }) => {
    const count = { where: filterMatchers({ tenant: partner }), by: [], names, raw, contracts, tenant: partner };
    return [
      ...lastMonths(to, REPORT_MONTHS, contractOf(partner, contracts).timeZone)
        .filter((month) => month.end > month.start)
        .flatMap((month) =>
          REQUEST_KINDS.map((kind) =>
            instantQuery(reportRef(month.label, kind), requestsBetween(kind, month.start, month.end, count))
          )
        ),
      ...REQUEST_KINDS.map((kind) => instantQuery(PACE_REFS[kind], dailyPace(kind, count))),
      ...Object.entries(PACE_KPIS).map(([ref, kpiId]) =>
        instantQuery(
          PACE_REFS[ref as keyof typeof PACE_KPIS],
          amountExpr(totalOf(findKpi(kpiId)), [], {
            filters: { tenant: partner },
            range: '1d',
            resolution: '1h',
            names,
            raw,
          })
        )
      ),
      ...windowsFor(partner, windows).map((window, index) =>
        instantQuery(maintenanceRef(index), requestsInWindowExpr(window, partner, names))
      ),
    ];
  };
}

/** The business KPIs a partner page shows, as on the Business page narrowed to the partner. */
export const BRIEF_KPIS = ['revenue', 'orders_paid', 'payment_success_blik'];

/** The refId of the known partners, which a partner page checks its URL against. */
export const KNOWN_PARTNERS = 'partners';

/** One partner's page panel by panel (its annotation layers and partner check aside): what the bench weighs. */
export function partnerPagePanels(
  partner: string,
  names: LabelNames,
  contracts: Contracts = CONTRACTS
): Array<{ panel: string; build: QueryBuilder }> {
  return [
    { panel: 'figures', build: partnerStatQueries(partner, names, contracts) },
    { panel: 'trends', build: partnerTrendQueries(partner, names, contracts) },
    { panel: 'burn rates', build: burnRateQueries(partner, names, contracts) },
    { panel: 'latency', build: latencyQueries(partner, names, contracts) },
    { panel: 'monthly report', build: reportQueries(partner, names, contracts) },
    ...BRIEF_KPIS.map((id) => ({ panel: id, build: kpiQueries(findKpi(id), names) })),
  ];
}

/** Every query the partners list and one partner's page issue: panels, annotation layers and the partner check. */
export function partnersQueryList(partner: string, names: LabelNames): QueryBuilder[] {
  return [
    partnerListQueries(names),
    ...partnerPagePanels(partner, names).map(({ build }) => build),
    () => [instantQuery(KNOWN_PARTNERS, knownPartnersExpr(names))],
    () => Object.entries(partnerAnnotationExprs(partner, names)).map(([refId, expr]) => rangeQuery(refId, expr)),
  ];
}
