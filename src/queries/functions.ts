import { SLA } from '../catalog';
import { CONTRACT_LABELS, type LabelNames, type Matcher, anyOf, labelName, neq, re, selector } from './selector';

const WINDOW = /^(\$__rate_interval|\$__interval|\$__range|\d+(ms|s|m|h|d|w|y))$/;

export function assertWindow(window: string): string {
  if (!WINDOW.test(window)) {
    throw new Error(`"${window}" is not a PromQL duration`);
  }
  return window;
}

export const rate = (series: string, window: string) => `rate(${series}[${assertWindow(window)}])`;
export const increase = (series: string, window: string) => `increase(${series}[${assertWindow(window)}])`;

export function sumBy(labels: string[], expr: string, names: LabelNames = CONTRACT_LABELS): string {
  return labels.length ? `sum by (${labels.map((l) => labelName(l, names)).join(', ')}) (${expr})` : `sum(${expr})`;
}

/**
 * Matches a bucket bound whatever way it is spelled: Prometheus 3 writes `1` as `1.0`, exporters may write `0.20`.
 * `0.2` gives `0\.20*`, which does not match `0.25`.
 */
export function leMatcher(bound: number): Matcher {
  const [whole, fraction = ''] = String(bound).split('.');
  const pattern = fraction ? `${whole}\\.${fraction}0*` : `${whole}(\\.0+)?`;
  return re('le', pattern);
}

/** Which gateway histogram series count every request, the good ones (not failed, under the threshold), the failed. */
export const SLA_REQUESTS = {
  all: (): Matcher[] => [re('le', '\\+Inf')],
  good: (thresholdSeconds: number = SLA.thresholdSeconds): Matcher[] => [
    ...SLA.failedCodes.map((code) => neq('code', code)),
    leMatcher(thresholdSeconds),
  ],
  failed: (): Matcher[] => [anyOf('code', [...SLA.failedCodes]), re('le', '\\+Inf')],
};

/** Rates of all and of good gateway requests, the two halves of the SLA ratio, summed by the given labels. */
export function slaRates(
  matchers: Matcher[],
  window: string,
  by: string[],
  names: LabelNames = CONTRACT_LABELS,
  thresholdSeconds: number = SLA.thresholdSeconds
) {
  const buckets = `${SLA.metric}_bucket`;
  return {
    total: sumBy(by, rate(selector(buckets, [...matchers, ...SLA_REQUESTS.all()], names), window), names),
    good: sumBy(
      by,
      rate(selector(buckets, [...matchers, ...SLA_REQUESTS.good(thresholdSeconds)], names), window),
      names
    ),
  };
}

/** The share of good requests, as a ratio of sums. */
export function slaRatio(
  matchers: Matcher[],
  window: string,
  by: string[],
  names: LabelNames = CONTRACT_LABELS
): string {
  const { good, total } = slaRates(matchers, window, by, names);
  return `${good} / ${total}`;
}

/**
 * The share of a counter's rate that matches `part`, per `by`. A group with traffic but no matching series counts as 0,
 * instead of vanishing from the result (and from any min() or count() taken over it).
 */
export function shareOf(
  metric: string,
  part: Matcher[],
  by: string[],
  window: string,
  names: LabelNames = CONTRACT_LABELS
): string {
  const all = sumBy(by, rate(selector(metric, [], names), window), names);
  return `(${sumBy(by, rate(selector(metric, part, names), window), names)} or ${all} * 0) / ${all}`;
}

export const DAY = 86400;

/** A window over `seconds` that leaves out a sample on its start: Prometheus 2 counts a range's start, 3 does not. */
export const leftOpen = (seconds: number) => `${seconds - 1}s`;

/**
 * A rolling-day record read at each UTC midnight in (first, last], for `sum_over_time`: one sample a day, the last
 * evaluation before its midnight (`every`: the record's interval), so consecutive days tile time.
 */
export const atMidnights = (series: string, every: string, first: number, last: number) =>
  `last_over_time(${series}[${every}])[${leftOpen(last - first)}:1d] @ ${last}`;

/**
 * [from, to] as the whole UTC days inside it and the parts before its first midnight and after its last, each read as
 * the caller reads them: `days` over the midnights in (first, last], `part` over (start, end]. With no whole day
 * inside, one part. A long range then reads one sample a day and at most two days of finer ones.
 */
export function daysAndRest(
  from: number,
  to: number,
  read: { part: (start: number, end: number) => string; days: (first: number, last: number) => string }
): string[] {
  const firstMidnight = Math.ceil(from / DAY) * DAY;
  const lastMidnight = Math.floor(to / DAY) * DAY;
  if (lastMidnight <= firstMidnight) {
    return [read.part(from, to)];
  }
  return [
    firstMidnight > from && read.part(from, firstMidnight),
    read.days(firstMidnight, lastMidnight),
    to > lastMidnight && read.part(lastMidnight, to),
  ].filter((part): part is string => Boolean(part));
}

/**
 * Parts of one total (days and the hours around them), gathered for a `sum`: each carries a `part` label while it
 * is gathered, so a series missing from one part keeps the others, where `+` would drop it. One part is itself.
 */
export function unionOfParts(parts: string[]): string {
  if (parts.length === 1) {
    return parts[0];
  }
  return parts.map((part, i) => `label_replace(${part}, "part", "${i}", "", "")`).join(' or ');
}
