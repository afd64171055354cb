import { SERVICE_LABEL, SLA, findMetric } from '../catalog';
import type { SignalDef } from '../catalog/signals';
import { type ShopFilters, filterMatchers, filtersForMetric } from './business';
import { assertWindow, leMatcher, sumBy } from './functions';
import { CONTRACT_LABELS, type LabelNames, type Matcher, eq, labelName, neq, re, selector } from './selector';

const OFFSET = /^\d+[smhdwy]$/;

/** `!value` in a signal's part means "label is not value", `~pattern` "label matches pattern". */
function partMatchers(part: Record<string, string>): Matcher[] {
  return Object.entries(part).map(([label, value]) => {
    if (value.startsWith('!')) {
      return neq(label, value.slice(1));
    }
    return value.startsWith('~') ? re(label, value.slice(1)) : eq(label, value);
  });
}

/** What a signal's PromQL needs of it: its query and the labels it is reported by. */
type SignalQueryOf = Pick<SignalDef, 'by' | 'query'>;

export function contractMetric(signal: SignalQueryOf): string {
  const { query } = signal;
  switch (query.kind) {
    case 'slowShare':
      return SLA.metric;
    case 'ratio':
      return query.numerator;
    default:
      return query.metric.replace(/_count$/, '');
  }
}

/** The services a metric tells about: the values of its `service` label, or the service that emits it. */
export function metricServices(name: string): string[] {
  const metric = findMetric(name);
  if (!metric) {
    throw new Error(`${name} is not in the metric contract`);
  }
  return metric.labels.includes(SERVICE_LABEL) ? (metric.labelValues?.[SERVICE_LABEL] ?? []) : [metric.service];
}

export const signalServices = (signal: SignalDef) => metricServices(contractMetric(signal));

/** Whether a signal belongs on a page narrowed to `service` (undefined: every service). */
export const signalWatches = (signal: SignalDef, service?: string) =>
  service === undefined || signalServices(signal).includes(service);

/** A signal's value over `window` ending at the query time, or `offset` earlier, per the signal's labels. */
export function signalExpr(
  signal: SignalQueryOf,
  window: string,
  filters: ShopFilters = {},
  offset?: string,
  names: LabelNames = CONTRACT_LABELS
): string {
  if (offset !== undefined && !OFFSET.test(offset)) {
    throw new Error(`"${offset}" is not a PromQL offset`);
  }
  const at = offset ? ` offset ${offset}` : '';
  const where = filterMatchers(filtersForMetric(contractMetric(signal), filters));
  const range = (metric: string, matchers: Matcher[]) =>
    `${selector(metric, [...where, ...matchers], names)}[${assertWindow(window)}]${at}`;
  const rate = (metric: string, matchers: Matcher[] = []) =>
    sumBy(signal.by, `rate(${range(metric, matchers)})`, names);
  const share = (metric: string, part: Matcher[], base: Matcher[] = []) =>
    `(${rate(metric, [...base, ...part])} or ${rate(metric, base)} * 0) / ${rate(metric, base)}`;
  const { query } = signal;
  switch (query.kind) {
    case 'rate':
      return rate(query.metric);
    case 'share':
      return share(query.metric, partMatchers(query.part));
    case 'ratio':
      return `${rate(query.numerator)} / ${rate(query.denominator)}`;
    case 'slowShare': {
      const buckets = `${SLA.metric}_bucket`;
      return `1 - ${rate(buckets, [leMatcher(SLA.thresholdSeconds)])} / ${rate(buckets, [re('le', '\\+Inf')])}`;
    }
    case 'quantile':
      return `histogram_quantile(${query.quantile}, ${sumBy([...signal.by, 'le'], `rate(${range(`${query.metric}_bucket`, [])})`, names)})`;
    case 'gauge':
      return `max by (${signal.by.map((label) => labelName(label, names)).join(', ')}) (max_over_time(${range(query.metric, [])}))`;
  }
}

/**
 * A signal's usual value over the last day: the median of 5-minute readings taken every 2 hours across the 26 hours
 * before the mover window. 26 hours cover a whole day plus the hours around "now"; the median ignores one bad hour,
 * and 13 short readings touch a fiftieth of the samples a raw 26-hour range would.
 */
export function signalDayBaselineExpr(
  signal: SignalDef,
  moverWindow: string,
  filters: ShopFilters = {},
  names: LabelNames = CONTRACT_LABELS
): string {
  return `quantile_over_time(0.5, (${signalExpr(signal, '5m', filters, undefined, names)})[26h:2h] offset ${assertWindow(moverWindow)})`;
}
