/** Windows the SLA is recorded over: the burn-rate alert pairs, plus the rolling month. */
export const SLO_WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d'] as const;
export type SloWindow = (typeof SLO_WINDOWS)[number];

/** Windows too long to rate() raw histograms every minute: they average the recorded 5m rates instead. */
export const LONG_WINDOWS: SloWindow[] = ['1d', '3d', '30d'];

/** The rolling window the contract's compliance and error budget are judged over. */
export const BUDGET_WINDOW: SloWindow = '30d';
export const BUDGET_WINDOW_SECONDS = 30 * 86400;

/**
 * Multi-window burn-rate pairs (Google SRE workbook): an alert fires when both windows burn faster than
 * `burnRate` times the sustainable pace. Phone pairs page at night, mail pairs wait for a working day.
 */
export const BURN_RATE_PAIRS = [
  { long: '1h', short: '5m', burnRate: 14.4, level: 'phone' },
  { long: '6h', short: '30m', burnRate: 6, level: 'phone' },
  { long: '1d', short: '2h', burnRate: 3, level: 'mail' },
  { long: '3d', short: '6h', burnRate: 1, level: 'mail' },
] as const satisfies ReadonlyArray<{ long: SloWindow; short: SloWindow; burnRate: number; level: string }>;

/** Names of the SLA's recorded series, by (tenant, deployment). */
export const slaRecord = {
  requests: (window: SloWindow) => `shoppulse:sla_requests:rate${window}`,
  good: (window: SloWindow) => `shoppulse:sla_good_requests:rate${window}`,
  errorRatio: (window: SloWindow) => `shoppulse:sla_error_ratio:ratio_rate${window}`,
  burnRate: (window: SloWindow) => `shoppulse:sla_burn_rate:ratio_rate${window}`,
  /** Requests (all or good) in the 24 hours up to each evaluation: read at midnights, they count whole days. */
  requestsPerDay: 'shoppulse:sla_requests:count1d',
  goodPerDay: 'shoppulse:sla_good_requests:count1d',
  budgetRemaining: 'shoppulse:sla_error_budget_remaining:ratio30d',
  budgetExhaustedIn: 'shoppulse:sla_error_budget_exhausted_in:seconds',
  /** 1 while a declared maintenance window is open, labelled with the partner and/or deployment it names. */
  maintenanceActive: 'shoppulse:sla_maintenance:active',
};

/** How often the gateway histogram per route is recorded: every 5 minutes, and those averaged over each hour. */
export const ROUTE_RECORD_SECONDS = { '5m': 300, '1h': 3600 } as const;
export type RouteResolution = keyof typeof ROUTE_RECORD_SECONDS;

/**
 * The gateway histogram per route, for the partner page's latency panels over ranges too long to rate() the raw
 * buckets: all requests per bucket (codes summed), failed requests and good ones, as rates over each resolution.
 */
export const routeRecord = (every: RouteResolution) => ({
  buckets: `shoppulse:sla_request_duration_seconds_bucket_per_route:rate${every}`,
  failed: `shoppulse:sla_failed_requests_per_route:rate${every}`,
  good: `shoppulse:sla_good_requests_per_route:rate${every}`,
});

/** A partner is "at risk" when less than this share of the month's error budget is left, or it burns faster than allowed. */
export const AT_RISK_BUDGET_REMAINING = 0.25;
