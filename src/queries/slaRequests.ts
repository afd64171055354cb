import { type SloWindow, slaRecord } from '../catalog/slo';
import { SLA } from '../catalog';
import { SLA_REQUESTS, atMidnights, daysAndRest, leftOpen, sumBy, unionOfParts } from './functions';
import { SLA_RULE_INTERVAL_SECONDS } from './slaRules';
import type { Contracts } from '../catalog/contracts';
import type { FilterValue } from './business';
import { perContract } from './perContract';
import { CONTRACT_LABELS, type LabelNames, type Matcher, selector } from './selector';

export type RequestKind = 'all' | 'good';

const requestsRecord = (kind: RequestKind, window: SloWindow) =>
  kind === 'all' ? slaRecord.requests(window) : slaRecord.good(window);

/** Where and how requests are counted: which series, summed by which labels, from the records or the raw histogram. */
export interface RequestCount {
  where: Matcher[];
  by: string[];
  names?: LabelNames;
  /** Count from the gateway histogram, as a Prometheus without ShopPulse's rules must: the benchmark's comparison. */
  raw?: boolean;
  /** The contracts good requests are judged by (raw counts only: the records follow the rules'). */
  contracts?: Contracts;
  /** The one partner counted, when it is one: its contract's threshold alone. */
  tenant?: FilterValue;
}

/** `read` over the gateway histogram's buckets of all requests, or of each partner's good ones by its threshold. */
function rawRequests(kind: RequestKind, count: RequestCount, read: (buckets: string) => string): string {
  const buckets = (matchers: Matcher[]) =>
    read(selector(`${SLA.metric}_bucket`, [...count.where, ...matchers], count.names ?? CONTRACT_LABELS));
  if (kind === 'all') {
    return buckets(SLA_REQUESTS.all());
  }
  return perContract(
    (contract) => contract.thresholdSeconds,
    (threshold, partners) => buckets([...partners, ...SLA_REQUESTS.good(threshold)]),
    count.contracts,
    count.tenant
  );
}

/**
 * Requests (all or good) in (start, end]: the whole UTC days from the daily counts read at each midnight, the hours
 * around them from the 5m rates, each sample of which stands for one rule interval of traffic (a gap counts none). A
 * month reads about one sample per partner per day and at most two days of minutes.
 */
export function requestsBetween(kind: RequestKind, start: number, end: number, count: RequestCount): string {
  const names = count.names ?? CONTRACT_LABELS;
  if (count.raw) {
    return sumBy(
      count.by,
      rawRequests(kind, count, (buckets) => `increase(${buckets}[${end - start}s] @ ${end})`),
      names
    );
  }
  const perDay = selector(kind === 'all' ? slaRecord.requestsPerDay : slaRecord.goodPerDay, count.where, names);
  const rates = selector(requestsRecord(kind, '5m'), count.where, names);
  const parts = daysAndRest(start, end, {
    part: (from, to) => `sum_over_time(${rates}[${leftOpen(to - from)}] @ ${to}) * ${SLA_RULE_INTERVAL_SECONDS.short}`,
    days: (first, last) => `sum_over_time(${atMidnights(perDay, '1m', first, last)})`,
  });
  return sumBy(count.by, unionOfParts(parts), names);
}

/** The share of good requests in (start, end], as a ratio of sums. */
export function complianceBetween(start: number, end: number, count: RequestCount): string {
  return `${requestsBetween('good', start, end, count)} / ${requestsBetween('all', start, end, count)}`;
}

/** Requests per second (all or good) over the last day: the pace a month's projection follows. */
export function dailyPace(kind: RequestKind, count: RequestCount): string {
  const names = count.names ?? CONTRACT_LABELS;
  if (count.raw) {
    return sumBy(
      count.by,
      rawRequests(kind, count, (buckets) => `rate(${buckets}[1d])`),
      names
    );
  }
  return sumBy(count.by, selector(requestsRecord(kind, '1d'), count.where, names), names);
}
