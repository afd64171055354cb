/**
 * Expected ranges: what a series did at the same weekday and time of day over the last weeks, its lowest and highest
 * reading. A shop's Tuesday evening is compared with Tuesday evenings, not with Sunday mornings.
 */

/** How many past weeks an expected range spans. Prometheus must keep that much history (its default keeps 15 days). */
export const BAND_WEEKS = 4;

/** The Business KPIs drawn with their expected range: money and orders, whose hourly totals add up across partners. */
export const BANDED_KPIS = ['revenue', 'orders_paid'];

/** The hour a banded KPI is judged by: its total over the last hour, against the same hour of the past weeks. */
export const BAND_HOUR = '1h';

/** How often the expected ranges and the signals they read are recorded. */
export const BANDS_RECORDED_EVERY = '5m';

export type BandEdge = 'low' | 'high';
export const BAND_EDGES: BandEdge[] = ['low', 'high'];

/**
 * A range of four readings is narrow: two in five calm hours fall outside it by chance. A reading is unusual only
 * when it lies outside the range by more than this share of the range's own width.
 */
export const BAND_MARGIN = 0.5;

/**
 * Counts vary by chance about as much as their square root (a Poisson count): an hour of 12 orders may well bring 8.
 * A shortfall of fewer than this many square roots of the expected count is not unusual, however narrow the range.
 */
export const COUNT_NOISE_SIGMAS = 2;

/** The chance variation of an hour expected to count `expected` things, as a share of it. */
export const countNoiseShare = (expected: number) => (expected > 0 ? COUNT_NOISE_SIGMAS / Math.sqrt(expected) : 1);

/**
 * Where a reading lies against its expected range: below, above, or undefined (usual). It must lie further out than
 * the margin and than `noise`, the reading's own chance variation (see countNoiseShare).
 */
export function outsideBand(value: number, low: number, high: number, noise = 0): 'below' | 'above' | undefined {
  const margin = Math.max(BAND_MARGIN * (high - low), noise);
  if (value < low - margin) {
    return 'below';
  }
  return value > high + margin ? 'above' : undefined;
}
