import { SLA } from '../catalog';
import { ROUTE_RECORD_SECONDS, type RouteResolution, routeRecord } from '../catalog/slo';
import { type FilterValue, filterMatchers } from './business';
import { SLA_REQUESTS, leMatcher, sumBy } from './functions';
import { CONTRACTS, type Contracts } from '../catalog/contracts';
import { contractFor } from './perContract';
import { CONTRACT_LABELS, type LabelNames, type Matcher, selector } from './selector';

/**
 * The per-route records a latency panel of `points` points reads over `rangeSeconds`: the hourly ones once every step
 * holds one, the 5-minute ones before.
 */
export function routeResolutionFor(rangeSeconds: number, points: number): RouteResolution {
  return rangeSeconds / points >= ROUTE_RECORD_SECONDS['1h'] ? '1h' : '5m';
}

/**
 * The gateway histogram's views of one partner, for the latency panels: from the raw buckets, or (`recorded`, for
 * ranges past two days) from the per-route records of that resolution, averaged over each step (`$__interval`, at
 * least one record when the panel asks for few enough points) and summed over the range as requests.
 */
export function partnerLatencyExprs(
  tenant: FilterValue,
  names: LabelNames = CONTRACT_LABELS,
  recorded?: RouteResolution,
  contracts: Contracts = CONTRACTS
) {
  // Any bucket boundary is read as easily as another: the slow share follows the saved threshold at once.
  const { thresholdSeconds } = contractFor(tenant, contracts);
  return recorded
    ? recordedLatencyExprs(tenant, names, recorded, thresholdSeconds)
    : rawLatencyExprs(tenant, names, thresholdSeconds);
}

function rawLatencyExprs(tenant: FilterValue, names: LabelNames, thresholdSeconds: number) {
  const buckets = `${SLA.metric}_bucket`;
  const where = filterMatchers({ tenant });
  const all = `sum(rate(${selector(buckets, [...where, ...SLA_REQUESTS.all()], names)}[$__rate_interval]))`;
  const fast = `sum(rate(${selector(buckets, [...where, leMatcher(thresholdSeconds)], names)}[$__rate_interval]))`;
  const overRange = (matchers: Matcher[]) =>
    `sum by (route) (increase(${selector(buckets, [...where, ...matchers], names)}[$__range]))`;
  return {
    heatmap: `sum by (le) (rate(${selector(buckets, where, names)}[$__rate_interval]))`,
    slowShare: `1 - ${fast} / ${all}`,
    errorsByRoute: `sum by (route) (rate(${selector(buckets, [...where, ...SLA_REQUESTS.failed()], names)}[$__rate_interval]))`,
    // Requests that broke the promise (failed or slow) per route over the range: where the SLA is lost.
    badByRoute: `topk(5, ${overRange(SLA_REQUESTS.all())} - ${overRange(SLA_REQUESTS.good(thresholdSeconds))})`,
  };
}

function recordedLatencyExprs(
  tenant: FilterValue,
  names: LabelNames,
  every: RouteResolution,
  thresholdSeconds: number
) {
  const where = filterMatchers({ tenant });
  const record = routeRecord(every);
  const perStep = (by: string[], series: string, matchers: Matcher[] = []) =>
    sumBy(by, `avg_over_time(${selector(series, [...where, ...matchers], names)}[$__interval])`, names);
  const overRange = (series: string, matchers: Matcher[] = []) =>
    `sum by (route) (sum_over_time(${selector(series, [...where, ...matchers], names)}[$__range])) * ${ROUTE_RECORD_SECONDS[every]}`;
  return {
    heatmap: perStep(['le'], record.buckets),
    slowShare: `1 - ${perStep([], record.buckets, [leMatcher(thresholdSeconds)])} / ${perStep([], record.buckets, SLA_REQUESTS.all())}`,
    errorsByRoute: perStep(['route'], record.failed),
    badByRoute: `topk(5, ${overRange(record.buckets, SLA_REQUESTS.all())} - ${overRange(record.good)})`,
  };
}
