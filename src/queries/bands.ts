import { BY_PARTNER } from '../catalog';
import { BAND_EDGES, BAND_HOUR, BAND_WEEKS, BANDED_KPIS, BANDS_RECORDED_EVERY, type BandEdge } from '../catalog/bands';
import { type KpiDef, businessRecord, findKpi } from '../catalog/business';
import { SIGNALS, type SignalDef } from '../catalog/signals';
import { type ShopFilters, amountMatchers, filterMatchers, filtersForMetric, totalOf } from './business';
import { sumBy } from './functions';
import { CONTRACT_LABELS, type LabelNames, selector } from './selector';
import { contractMetric, signalExpr } from './signals';
import type { RecordingRule } from './slaRules';

/** A signal recorded as the What changed page reads it, over 5 minutes by its labels: what its range is taken of. */
export const signalRecord = (signal: SignalDef) => `shoppulse:signal_${signal.id}:${BANDS_RECORDED_EVERY}`;

/** A banded KPI's 5-minute increases, which its hourly totals at any minute are summed from. */
const kpiIncreases = (kpi: KpiDef) => businessRecord(totalOf(kpi).metric, BANDS_RECORDED_EVERY);

/** The legend of an edge of a series' expected range: the series' own, then which edge (the panel words it). */
export const bandLegend = (legend: string, edge: BandEdge) => `${legend} · ${edge}`;

/** The series holding one edge of a source's expected range. */
export const bandRecord = (source: string, edge: BandEdge) =>
  source.replace(/:([^:]+)$/, (_, operation: string) => `:${operation}_${edge}${BAND_WEEKS}w`);

const kpiBandSource = (kpi: KpiDef) => businessRecord(totalOf(kpi).metric, BAND_HOUR);

/** The KPIs and signals that carry an expected range. */
export const BANDED = {
  kpis: () => BANDED_KPIS.map(findKpi),
  signals: () => SIGNALS,
};

/**
 * The lowest or highest of `expr` at the same time 1 to BAND_WEEKS weeks ago, per its labels. `or` keeps every week
 * because a `weeks_ago` label tells them apart; the aggregation then drops it.
 */
export function acrossWeeks(edge: BandEdge, expr: (offset: string) => string): string {
  const weeks = Array.from({ length: BAND_WEEKS }, (_, index) => index + 1).map(
    (week) => `label_replace(${expr(`${week}w`)}, "weeks_ago", "${week}", "", "")`
  );
  return `${edge === 'low' ? 'min' : 'max'} without (weeks_ago) (${weeks.join(' or ')})`;
}

/**
 * The recording rules of the expected ranges: each signal at 5 minutes, then each edge of each range from the
 * recorded readings of past weeks, so a panel reads two series instead of running four offset queries per refresh.
 */
export function bandRecordingRules(names: LabelNames = CONTRACT_LABELS): {
  signals: RecordingRule[];
  edges: RecordingRule[];
} {
  const signals = BANDED.signals().map((signal) => ({
    record: signalRecord(signal),
    expr: signalExpr(signal, BANDS_RECORDED_EVERY, {}, undefined, names),
  }));
  const kpiHour = (kpi: KpiDef) => (offset: string) =>
    sumBy(BY_PARTNER, `sum_over_time(${selector(kpiIncreases(kpi), [], names)}[${BAND_HOUR}] offset ${offset})`, names);
  const signalAt = (signal: SignalDef) => (offset: string) => `${signalRecord(signal)} offset ${offset}`;
  const edges = BAND_EDGES.flatMap((edge) => [
    ...BANDED.kpis().map((kpi) => ({
      record: bandRecord(kpiBandSource(kpi), edge),
      expr: acrossWeeks(edge, kpiHour(kpi)),
    })),
    ...BANDED.signals().map((signal) => ({
      record: bandRecord(signalRecord(signal), edge),
      expr: acrossWeeks(edge, signalAt(signal)),
    })),
  ]);
  return { signals, edges };
}

/** A banded KPI over the last hour, for the selection: the reading its range is compared with. */
export function kpiLastHourExpr(kpi: KpiDef, filters: ShopFilters, names: LabelNames = CONTRACT_LABELS): string {
  const series = selector(kpiIncreases(kpi), amountMatchers(totalOf(kpi), filters), names);
  return sumBy([], `sum_over_time(${series}[${BAND_HOUR}])`, names);
}

/**
 * One edge of a banded KPI's range for the selection. The range of a sum is not the sum of its parts' ranges, but
 * it lies inside it: a total outside the summed range is outside its own too, so the mark never cries wolf for it.
 */
export function kpiBandExpr(
  kpi: KpiDef,
  edge: BandEdge,
  filters: ShopFilters,
  names: LabelNames = CONTRACT_LABELS,
  by: string[] = []
): string {
  return sumBy(by, selector(bandRecord(kpiBandSource(kpi), edge), amountMatchers(totalOf(kpi), filters), names), names);
}

/**
 * One edge of a signal's range for the page's filters, per the signal's labels; undefined when a filter narrows by a
 * label the signal is not recorded by (a partner's share of a route's errors has no recorded range).
 */
export function signalBandExpr(
  signal: SignalDef,
  edge: BandEdge,
  filters: ShopFilters,
  names: LabelNames = CONTRACT_LABELS
): string | undefined {
  const applicable = filtersForMetric(contractMetric(signal), filters);
  const narrowedBy = Object.entries(applicable)
    .filter(([, value]) => value !== undefined)
    .map(([label]) => label);
  if (narrowedBy.some((label) => !signal.by.includes(label))) {
    return undefined;
  }
  return selector(bandRecord(signalRecord(signal), edge), filterMatchers(applicable), names);
}
