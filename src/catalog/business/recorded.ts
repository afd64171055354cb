import { METRIC } from '../metricNames';
/**
 * Business counters are recorded as increases at two resolutions, summed by partner and deployment (plus the labels
 * a KPI needs), so a month of KPIs reads a few samples per hour instead of one per minute per raw series.
 */
export const BUSINESS_RESOLUTIONS = ['5m', '1h'] as const;
export type BusinessResolution = (typeof BUSINESS_RESOLUTIONS)[number];

/** Ranges up to two days read the 5-minute resolution, so "today so far" is at most five minutes behind. */
export const FINE_RESOLUTION_MAX_SECONDS = 2 * 86400;

export function resolutionFor(rangeSeconds: number): BusinessResolution {
  return rangeSeconds <= FINE_RESOLUTION_MAX_SECONDS ? '5m' : '1h';
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
