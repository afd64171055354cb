import { DEPLOYMENT_LABEL, SLA, TENANT_LABEL, findMetric } from '../catalog';
import type { SignalDef } from '../catalog/signals';
import { type ShopFilters, filterMatchers } from './business';
import { assertWindow, leMatcher, sumBy } from './functions';
import { CONTRACT_LABELS, type LabelNames, type Matcher, eq, labelName, neq, re, selector } from './selector';

const OFFSET = /^\d+[smhdwy]$/;

/** `!value` in a signal's part means "label is not value". */
function partMatchers(part: Record<string, string>): Matcher[] {
  return Object.entries(part).map(([label, value]) =>
    value.startsWith('!') ? neq(label, value.slice(1)) : eq(label, value)
  );
}

function contractMetric(signal: SignalDef): string {
  const { query } = signal;
  return query.kind === 'slowShare' ? SLA.metric : query.metric.replace(/_count$/, '');
}

/** The filters that apply: a signal whose metric has no partner label (queues, jobs, providers) ignores the partner. */
function applicableFilters(signal: SignalDef, filters: ShopFilters): ShopFilters {
  const labels = findMetric(contractMetric(signal))?.labels ?? [];
  return {
    tenant: labels.includes(TENANT_LABEL) ? filters.tenant : undefined,
    deployment: labels.includes(DEPLOYMENT_LABEL) ? filters.deployment : undefined,
  };
}

/** A signal's value over `window` ending at the query time, or `offset` earlier, per the signal's labels. */
export function signalExpr(
  signal: SignalDef,
  window: string,
  filters: ShopFilters = {},
  offset?: string,
  names: LabelNames = CONTRACT_LABELS
): string {
  if (offset !== undefined && !OFFSET.test(offset)) {
    throw new Error(`"${offset}" is not a PromQL offset`);
  }
  const at = offset ? ` offset ${offset}` : '';
  const where = filterMatchers(applicableFilters(signal, filters));
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
