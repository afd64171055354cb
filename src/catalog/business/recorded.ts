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
  { metric: 'shop_revenue_pln_total', keep: [] },
  { metric: 'shop_orders_paid_total', keep: [] },
  { metric: 'shop_sessions_total', keep: [] },
  { metric: 'shop_product_searches_total', keep: [] },
  { metric: 'shop_carts_created_total', keep: [] },
  { metric: 'shop_checkouts_started_total', keep: [] },
  { metric: 'shop_payments_started_total', keep: [] },
  { metric: 'shop_payments_total', keep: ['method', 'outcome'] },
  { metric: 'shop_payment_failed_value_pln_total', keep: [] },
  { metric: 'shop_accounts_created_total', keep: [] },
  { metric: 'shop_shopping_lists_created_total', keep: [] },
  { metric: 'shop_orders_returning_customers_total', keep: [] },
  { metric: 'shop_parcels_created_total', keep: [] },
  { metric: 'shop_parcel_status_changes_total', keep: ['status'] },
  { metric: 'shop_parcel_payment_to_locker_seconds_sum', keep: [] },
  { metric: 'shop_parcel_payment_to_locker_seconds_count', keep: [] },
  { metric: 'shop_fraud_checked_orders_total', keep: ['verdict'] },
  { metric: 'shop_fraud_held_value_pln_total', keep: [] },
  { metric: 'shop_emails_sent_total', keep: ['outcome'] },
];

/** `shoppulse:shop_revenue_pln:increase1h`: level, metric without `_total`, operation (Prometheus' naming rule). */
export function businessRecord(metric: string, resolution: BusinessResolution): string {
  return `shoppulse:${metric.replace(/_total$/, '')}:increase${resolution}`;
}

export function findRecordedCounter(metric: string): RecordedCounter | undefined {
  return RECORDED_COUNTERS.find((counter) => counter.metric === metric);
}
