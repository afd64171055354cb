import { DEPLOYMENT_LABEL, SERVICE_LABEL, TENANT_LABEL, findMetric } from '../catalog';
import {
  type Amount,
  type BusinessResolution,
  type KpiDef,
  businessRecord,
  findRecordedCounter,
} from '../catalog/business';
import { assertWindow, atMidnights, daysAndRest, leftOpen, sumBy, unionOfParts } from './functions';
import { CONTRACT_LABELS, type LabelNames, type Matcher, eq, neq, re, selector } from './selector';

/**
 * A filter's value: one a page's picker holds (escaped into the query), or a dashboard variable that Grafana
 * interpolates itself (`=~"$partner"`, which covers its "All" and multi-value forms).
 */
export type FilterValue = string | { variable: string };

/** The partner, deployment and service a page is narrowed to; undefined means all. */
export interface ShopFilters {
  tenant?: FilterValue;
  deployment?: FilterValue;
  /** Only series of this service; metrics without a `service` label are not narrowed by it. */
  service?: string;
}

/** Where and how a business query reads its numbers. */
export interface BusinessQueryContext {
  filters: ShopFilters;
  /** A PromQL duration or `$__range`. */
  range: string;
  resolution: BusinessResolution;
  /** `1w` for the same period a week earlier. */
  offset?: string;
  /** Read the raw counters instead of the recorded increases (for the benchmark's comparison). */
  raw?: boolean;
  names?: LabelNames;
  /** Unix seconds of the range: the daily resolution needs both, the others read `range`. */
  from?: number;
  to?: number;
}

const OFFSET = /^\d+[smhdwy]$/;

const filterMatcher = (label: string, value: FilterValue): Matcher =>
  typeof value === 'string' ? eq(label, value) : re(label, `$${value.variable}`);

export function filterMatchers(filters: ShopFilters): Matcher[] {
  return [
    ...(filters.tenant === undefined ? [] : [filterMatcher(TENANT_LABEL, filters.tenant)]),
    ...(filters.deployment === undefined ? [] : [filterMatcher(DEPLOYMENT_LABEL, filters.deployment)]),
    ...(filters.service === undefined ? [] : [eq(SERVICE_LABEL, filters.service)]),
  ];
}

/** The filters that apply to a metric: one without a partner label (queues, jobs, providers) ignores the partner. */
export function filtersForMetric(metric: string, filters: ShopFilters): ShopFilters {
  const labels = findMetric(metric)?.labels ?? [];
  return {
    tenant: labels.includes(TENANT_LABEL) ? filters.tenant : undefined,
    deployment: labels.includes(DEPLOYMENT_LABEL) ? filters.deployment : undefined,
    service: labels.includes(SERVICE_LABEL) ? filters.service : undefined,
  };
}

export function amountMatchers(amount: Amount, filters: ShopFilters): Matcher[] {
  return [
    ...filterMatchers(filters),
    ...Object.entries(amount.where ?? {}).map(([label, value]) => eq(label, value)),
    ...Object.entries(amount.except ?? {}).map(([label, value]) => neq(label, value)),
  ];
}

function assertRecorded(amount: Amount): void {
  const counter = findRecordedCounter(amount.metric);
  const labels = [...Object.keys(amount.where ?? {}), ...Object.keys(amount.except ?? {})];
  if (!counter || labels.some((label) => !counter.keep.includes(label))) {
    throw new Error(
      `${amount.metric} by ${labels.join(', ') || 'partner'} is not among the recorded business counters`
    );
  }
}

/** `expr offset 1w`, refusing anything that is not a PromQL duration. */
export function withOffset(expr: string, offset?: string): string {
  if (offset === undefined) {
    return expr;
  }
  if (!OFFSET.test(offset)) {
    throw new Error(`"${offset}" is not a PromQL offset`);
  }
  return `${expr} offset ${offset}`;
}

/** The recorded increases of an amount at one resolution, narrowed to the filters: a selector. */
export function recordedAmount(
  amount: Amount,
  filters: ShopFilters,
  resolution: BusinessResolution,
  names: LabelNames = CONTRACT_LABELS
): string {
  assertRecorded(amount);
  return selector(businessRecord(amount.metric, resolution), amountMatchers(amount, filters), names);
}

/** How much a counter grew over the range, summed by `by`. */
export function amountExpr(amount: Amount, by: string[], context: BusinessQueryContext): string {
  assertRecorded(amount);
  const names = context.names ?? CONTRACT_LABELS;
  if (!context.raw && context.resolution === '1d') {
    return sumBy(by, daysAndHours(amount, context, names), names);
  }
  // PromQL wants the offset on the range selector itself: `f(x[1h] offset 1w)`, not `f(x[1h]) offset 1w`.
  const series = context.raw
    ? selector(amount.metric, amountMatchers(amount, context.filters), names)
    : recordedAmount(amount, context.filters, context.resolution, names);
  const window = withOffset(`${series}[${assertWindow(context.range)}]`, context.offset);
  const growth = context.raw ? `increase(${window})` : `sum_over_time(${window})`;
  return sumBy(by, growth, names);
}

/**
 * The growth over the range from the rolling-day records read at each midnight (UTC) inside it, plus the hourly
 * increases before the first midnight and after the last: a month reads about 80 samples per series, not 720. Each
 * day sample covers the 24 hours up to the last hourly evaluation before its midnight, so days and hours tile time.
 */
function daysAndHours(amount: Amount, context: BusinessQueryContext, names: LabelNames): string {
  const { from, to } = context;
  if (from === undefined || to === undefined) {
    throw new Error('The daily resolution needs the range’s start and end');
  }
  const hours = recordedAmount(amount, context.filters, '1h', names);
  const days = recordedAmount(amount, context.filters, '1d', names);
  const shifted = (expr: string) => withOffset(expr, context.offset);
  const parts = daysAndRest(from, to, {
    part: (start, end) => `sum_over_time(${shifted(`${hours}[${leftOpen(end - start)}] @ ${end}`)})`,
    days: (first, last) => `sum_over_time(${shifted(atMidnights(days, '1h', first, last))})`,
  });
  return unionOfParts(parts);
}

/** The amount a KPI totals; an error for a KPI that is not a total. */
export function totalOf(kpi: KpiDef): Amount {
  if (kpi.formula.kind !== 'total') {
    throw new Error(`${kpi.id} is not a total`);
  }
  return kpi.formula.amount;
}

/** A KPI's value over the context's range, for the whole selection or per the labels `by`. */
export function kpiExpr(kpi: KpiDef, context: BusinessQueryContext, by: string[] = []): string {
  const { formula } = kpi;
  switch (formula.kind) {
    case 'total':
      return amountExpr(formula.amount, by, context);
    case 'ratio': {
      const share = `${amountExpr(formula.numerator, by, context)} / ${amountExpr(formula.denominator, by, context)}`;
      return formula.complement ? `1 - (${share})` : share;
    }
    case 'level': {
      const names = context.names ?? CONTRACT_LABELS;
      const matchers = amountMatchers({ metric: formula.gauge, where: formula.where }, context.filters);
      return sumBy(by, withOffset(selector(formula.gauge, matchers, names), context.offset), names);
    }
  }
}

/** Revenue or orders per partner, and each partner's share of the whole shop (not only of the filtered partner). */
export function partnerBreakdown(amount: Amount, context: BusinessQueryContext) {
  const perPartner = amountExpr(amount, [TENANT_LABEL], context);
  const whole = amountExpr(amount, [], { ...context, filters: { deployment: context.filters.deployment } });
  return { perPartner, share: `${perPartner} / scalar(${whole})` };
}
