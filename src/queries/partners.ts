import { DEPLOYMENT_LABEL, SLA, TENANT_LABEL } from '../catalog';
import {
  AT_RISK_BUDGET_REMAINING,
  BUDGET_WINDOW,
  BURN_RATE_PAIRS,
  ERROR_BUDGET,
  ROUTE_RECORD_INTERVAL_SECONDS,
  type SloWindow,
  routeRecord,
  slaRecord,
} from '../catalog/slo';
import { type FilterValue, filterMatchers } from './business';
import { DAY, SLA_REQUESTS, assertWindow, atMidnights, leMatcher, leftOpen, sumBy, unionOfParts } from './functions';
import { SLA_RULE_INTERVAL_SECONDS } from './slaRules';
import {
  CONTRACT_LABELS,
  type LabelNames,
  type Matcher,
  labelName,
  selector,
  seriesNamed,
} from './selector';

const BY_PARTNER = [TENANT_LABEL, DEPLOYMENT_LABEL];

function partnerMatchers(tenant?: FilterValue): Matcher[] {
  return filterMatchers({ tenant });
}

/** Good over all requests within `window` (a duration or `$__range`), from the recorded 5m rates: a ratio of sums. */
export function complianceOver(
  window: string,
  by: string[],
  tenant?: FilterValue,
  names: LabelNames = CONTRACT_LABELS
) {
  const sum = (record: string) =>
    sumBy(by, `sum_over_time(${selector(record, partnerMatchers(tenant), names)}[${assertWindow(window)}])`, names);
  return `${sum(slaRecord.good('5m'))} / ${sum(slaRecord.requests('5m'))}`;
}

/** Seconds from the start of the calendar month (UTC) to `time`, rounded down to 5 minutes so refreshes reuse it. */
export function monthToDateSeconds(time: number): number {
  const date = new Date(time * 1000);
  const monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 1000;
  return Math.max(300, Math.floor((time - monthStart) / 300) * 300);
}

/**
 * The partners list: one instant query per column, each by partner and deployment. Grafana merges the columns on
 * every label a series has, so each carries those two only: a recorded series alone would bring its `__name__`
 * (different in every column) and any labels its rule group adds.
 */
export function partnerListExprs(monthToDate: number, names: LabelNames = CONTRACT_LABELS) {
  const byPartner = BY_PARTNER.map((label) => labelName(label, names)).join(', ');
  const recorded = (record: string) => `max by (${byPartner}) (${selector(record, [], names)})`;
  const errorRatio30d = recorded(slaRecord.errorRatio('30d'));
  const budget = recorded(slaRecord.budgetRemaining);
  const burn1h = recorded(slaRecord.burnRate('1h'));
  return {
    compliance30d: `1 - ${errorRatio30d}`,
    monthToDate: complianceOver(`${monthToDate}s`, BY_PARTNER, undefined, names),
    budgetRemaining: budget,
    burnRate1h: burn1h,
    // 0 OK, 1 at risk (budget low or burning too fast), 2 breached (the rolling month is below the target).
    status: `clamp_max((${errorRatio30d} > bool ${ERROR_BUDGET}) * 2 + (${budget} < bool ${AT_RISK_BUDGET_REMAINING}) + (${burn1h} > bool 1), 2)`,
  };
}

/** One partner's error budget left, when it runs out at the current pace, and its hourly compliance over time. */
export function partnerBudgetExprs(tenant: FilterValue, names: LabelNames = CONTRACT_LABELS) {
  const where = partnerMatchers(tenant);
  return {
    remaining: `min(${selector(slaRecord.budgetRemaining, where, names)})`,
    exhaustedIn: `min(${selector(slaRecord.budgetExhaustedIn, where, names)})`,
    hourlyCompliance: `1 - max(${selector(slaRecord.errorRatio('1h'), where, names)})`,
  };
}

/** The recorded SLA series the SLA budget panel reads, of one partner or all. */
export function slaBudgetExpr(tenant?: FilterValue, names: LabelNames = CONTRACT_LABELS): string {
  const records = [
    slaRecord.errorRatio(BUDGET_WINDOW),
    slaRecord.budgetRemaining,
    slaRecord.budgetExhaustedIn,
    ...BURN_RATE_WINDOWS.map((window) => slaRecord.burnRate(window)),
  ];
  return seriesNamed(records, partnerMatchers(tenant), names);
}

/** One partner's burn rate over a window, across its deployments. */
export function burnRateOver(window: SloWindow, tenant: FilterValue, names: LabelNames = CONTRACT_LABELS): string {
  const sum = (record: string) => `sum(${selector(record, partnerMatchers(tenant), names)})`;
  return `(1 - ${sum(slaRecord.good(window))} / ${sum(slaRecord.requests(window))}) / ${ERROR_BUDGET}`;
}

/** Every window an alert pair watches, once. */
export const BURN_RATE_WINDOWS: SloWindow[] = [...new Set(BURN_RATE_PAIRS.flatMap((pair) => [pair.long, pair.short]))];

/**
 * The gateway histogram's views of one partner, for the latency panels: from the raw buckets, or (`recorded`, for
 * ranges past two days) from the per-route records, averaged over each step (`$__interval`, at least their 5 minutes
 * when the panel asks for few enough points) and summed over the range as requests.
 */
export function partnerLatencyExprs(tenant: FilterValue, names: LabelNames = CONTRACT_LABELS, recorded = false) {
  return recorded ? recordedLatencyExprs(tenant, names) : rawLatencyExprs(tenant, names);
}

function rawLatencyExprs(tenant: FilterValue, names: LabelNames) {
  const buckets = `${SLA.metric}_bucket`;
  const where = partnerMatchers(tenant);
  const all = `sum(rate(${selector(buckets, [...where, ...SLA_REQUESTS.all()], names)}[$__rate_interval]))`;
  const fast = `sum(rate(${selector(buckets, [...where, leMatcher(SLA.thresholdSeconds)], names)}[$__rate_interval]))`;
  const overRange = (matchers: Matcher[]) =>
    `sum by (route) (increase(${selector(buckets, [...where, ...matchers], names)}[$__range]))`;
  return {
    heatmap: `sum by (le) (rate(${selector(buckets, where, names)}[$__rate_interval]))`,
    slowShare: `1 - ${fast} / ${all}`,
    errorsByRoute: `sum by (route) (rate(${selector(buckets, [...where, ...SLA_REQUESTS.failed()], names)}[$__rate_interval]))`,
    // Requests that broke the promise (failed or slow) per route over the range: where the SLA is lost.
    badByRoute: `topk(5, ${overRange(SLA_REQUESTS.all())} - ${overRange(SLA_REQUESTS.good())})`,
  };
}

function recordedLatencyExprs(tenant: FilterValue, names: LabelNames) {
  const where = partnerMatchers(tenant);
  const perStep = (by: string[], record: string, matchers: Matcher[] = []) =>
    sumBy(by, `avg_over_time(${selector(record, [...where, ...matchers], names)}[$__interval])`, names);
  const overRange = (record: string, matchers: Matcher[] = []) =>
    `sum by (route) (sum_over_time(${selector(record, [...where, ...matchers], names)}[$__range])) * ${ROUTE_RECORD_INTERVAL_SECONDS}`;
  return {
    heatmap: perStep(['le'], routeRecord.buckets),
    slowShare: `1 - ${perStep([], routeRecord.buckets, [leMatcher(SLA.thresholdSeconds)])} / ${perStep([], routeRecord.buckets, SLA_REQUESTS.all())}`,
    errorsByRoute: perStep(['route'], routeRecord.failed),
    badByRoute: `topk(5, ${overRange(routeRecord.buckets, SLA_REQUESTS.all())} - ${overRange(routeRecord.good)})`,
  };
}

export type RequestKind = 'all' | 'good';

const requestsRecord = (kind: RequestKind, window: SloWindow) =>
  kind === 'all' ? slaRecord.requests(window) : slaRecord.good(window);

/**
 * A partner's requests (all or good) in the calendar month [start, end): the whole days from the daily counts read at
 * each midnight (UTC), the rest of a running month from the 5m rates, each sample of which stands for one rule
 * interval of traffic (a gap counts none). A year of reports reads about one sample per partner per day.
 */
export function monthRequests(
  kind: RequestKind,
  tenant: FilterValue,
  start: number,
  end: number,
  names: LabelNames = CONTRACT_LABELS
): string {
  const where = partnerMatchers(tenant);
  const perDay = selector(kind === 'all' ? slaRecord.requestsPerDay : slaRecord.goodPerDay, where, names);
  const rates = selector(requestsRecord(kind, '5m'), where, names);
  const lastMidnight = Math.max(start, Math.floor(end / DAY) * DAY);
  const parts = [
    lastMidnight > start && `sum_over_time(${atMidnights(perDay, '1m', start, lastMidnight)})`,
    end > lastMidnight &&
      `sum_over_time(${rates}[${leftOpen(end - lastMidnight)}] @ ${end}) * ${SLA_RULE_INTERVAL_SECONDS.short}`,
  ].filter((part): part is string => Boolean(part));
  return `sum(${unionOfParts(parts)})`;
}

/** A partner's requests per second (all or good) over the last day: the pace a month's projection follows. */
export function dailyPace(kind: RequestKind, tenant: FilterValue, names: LabelNames = CONTRACT_LABELS): string {
  return `sum(${selector(requestsRecord(kind, '1d'), partnerMatchers(tenant), names)})`;
}

/** The last `count` calendar months (UTC) up to and including the one holding `time`; the current one ends at `time`. */
export function lastMonths(time: number, count: number): Array<{ label: string; start: number; end: number }> {
  const now = new Date(time * 1000);
  return Array.from({ length: count }, (_, back) => {
    const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1) / 1000;
    const end = Math.min(time, Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1) / 1000);
    return { label: new Date(start * 1000).toISOString().slice(0, 7), start, end };
  });
}
