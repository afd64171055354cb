import { METRIC } from '../metricNames';
/**
 * Business counters are recorded as increases at three resolutions, summed by partner and deployment (plus the labels
 * a KPI needs), so a month of KPIs reads a few samples per day instead of one per minute per raw series: 5-minute and
 * hourly increases, and rolling 24-hour increases recorded every hour from the hourly ones (read at midnights, they
 * tile time by days).
 */
export const BUSINESS_RESOLUTIONS = ['5m', '1h', '1d'] as const;
export type BusinessResolution = (typeof BUSINESS_RESOLUTIONS)[number];

/** How often each resolution is recorded: its rule group's interval. A rolling day is recorded with the hours. */
export const RECORDED_EVERY: Record<BusinessResolution, '5m' | '1h'> = { '5m': '5m', '1h': '1h', '1d': '1h' };

/** Ranges up to two days read the 5-minute resolution, so "today so far" is at most five minutes behind. */
export const FINE_RESOLUTION_MAX_SECONDS = 2 * 86400;
/** From a week on, whole days come from the daily records and only the hours around them from the hourly ones. */
export const DAILY_RESOLUTION_MIN_SECONDS = 7 * 86400;

export function resolutionFor(rangeSeconds: number): BusinessResolution {
  if (rangeSeconds <= FINE_RESOLUTION_MAX_SECONDS) {
    return '5m';
  }
  return rangeSeconds < DAILY_RESOLUTION_MIN_SECONDS ? '1h' : '1d';
}

export interface RecordedCounter {
  /** The raw counter (histograms by their `_sum` or `_count`). */
  metric: string;
  /** Labels kept besides tenant and deployment. */
  keep: string[];
}

export const RECORDED_COUNTERS: RecordedCounter[] = [
  { metric: METRIC.shopRevenuePlnTotal, keep: [] },
  { metric: METRIC.shopOrdersPaidTotal, keep: [] },
  { metric: METRIC.shopSessionsTotal, keep: [] },
  { metric: METRIC.shopProductSearchesTotal, keep: [] },
  { metric: METRIC.shopCartsCreatedTotal, keep: [] },
  { metric: METRIC.shopCheckoutsStartedTotal, keep: [] },
  { metric: METRIC.shopPaymentsStartedTotal, keep: [] },
  { metric: METRIC.shopPaymentsTotal, keep: ['method', 'outcome'] },
  { metric: METRIC.shopPaymentFailedValuePlnTotal, keep: [] },
  { metric: METRIC.shopAccountsCreatedTotal, keep: [] },
  { metric: METRIC.shopShoppingListsCreatedTotal, keep: [] },
  { metric: METRIC.shopOrdersReturningCustomersTotal, keep: [] },
  { metric: METRIC.shopParcelsCreatedTotal, keep: [] },
  { metric: METRIC.shopParcelStatusChangesTotal, keep: ['status'] },
  { metric: `${METRIC.shopParcelPaymentToLockerSeconds}_sum`, keep: [] },
  { metric: `${METRIC.shopParcelPaymentToLockerSeconds}_count`, keep: [] },
  { metric: METRIC.shopFraudCheckedOrdersTotal, keep: ['verdict'] },
  { metric: METRIC.shopFraudHeldValuePlnTotal, keep: [] },
  { metric: METRIC.shopEmailsSentTotal, keep: ['outcome'] },
];

/** `shoppulse:shop_revenue_pln:increase1h`: level, metric without `_total`, operation (Prometheus' naming rule). */
export function businessRecord(metric: string, resolution: BusinessResolution): string {
  return `shoppulse:${metric.replace(/_total$/, '')}:increase${resolution}`;
}

export function findRecordedCounter(metric: string): RecordedCounter | undefined {
  return RECORDED_COUNTERS.find((counter) => counter.metric === metric);
}
