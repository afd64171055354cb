import type { SloWindow } from '../slo';
import type { LocalizedText, PageId } from '../types';

/**
 * How loud an alert is. phone: customers or money are hurt now and someone must act, at night too;
 * mail: must be fixed within a working day; slack: worth knowing, nobody has to act now.
 */
export type AlertLevel = 'phone' | 'mail' | 'slack';

export type Recipient =
  | 'on-call engineer'
  | 'second-line support'
  | 'database administrator'
  | 'payments owner'
  | 'logistics'
  | 'fraud analyst'
  | 'partner account manager'
  | 'business owner';

/** Input series of a promtool case, in promtool's expanding notation ('0+1x60'). */
export interface CaseSeries {
  series: string;
  values: string;
}

/** A promtool case: the alert fires at `firing` times with these labels, and is silent at `silent` times. */
export interface AlertCase {
  name: string;
  input: CaseSeries[];
  /** Evaluation times (promtool durations from the start of the case) with the labels of each firing alert. */
  firing: Array<{ at: string; labels: Array<Record<string, string>> }>;
  silent: string[];
}

/** What an alert watches, stated as facts; `src/queries/alerts.ts` turns each kind into PromQL. */
export type AlertCondition =
  /** A heartbeat, always true. */
  | { kind: 'always' }
  /** One of `series` has not been seen for `window`; the result names it in a `metric` label. */
  | { kind: 'absent'; series: string[]; window: string }
  /**
   * The share of a counter's rate whose `label` is not `good` exceeds `above`, per `by`, over `window`, where the
   * counter's rate exceeds `minRate`. `everyGroup`: the smallest share of the groups, and the rate of all of them.
   */
  | {
      kind: 'failureShare';
      metric: string;
      label: string;
      good: string;
      by: string[];
      window: string;
      above: number;
      minRate?: number;
      everyGroup?: boolean;
    }
  /** A counter did not move over `window`, per `by`, while `whileMetric`'s rate stayed above `whileAbove`. */
  | { kind: 'stopped'; metric: string; by: string[]; window: string; whileMetric: string; whileAbove: number }
  /** Gauges' largest values per `by`, every comparison true at once. */
  | { kind: 'gauges'; by: string[]; checks: GaugeCheck[] }
  /** A scheduled job has not succeeded for longer than it may (`JOB_ALLOWED_GAP_HOURS`). */
  | { kind: 'jobOverdue'; job: string }
  /** A timestamp gauge (the smallest per `by`) is less than `seconds` away. */
  | { kind: 'expiresWithin'; metric: string; by: string[]; seconds: number }
  /**
   * At the pace of the last `over`, a gauge `ahead` from now: below zero, or (per `by`) above `share` of `limit`.
   */
  | {
      kind: 'predicted';
      metric: string;
      over: string;
      ahead: { count: number; unitSeconds: number };
      exceeds?: { by: string[]; limit: string; share: number };
    }
  /** A gauge grows faster than `perSecondAbove` over `over` and already holds more than `valueAbove`. */
  | { kind: 'growing'; metric: string; over: string; perSecondAbove: number; valueAbove: number }
  /** A partner burns its error budget `factor`× too fast over both windows. */
  | { kind: 'burnRate'; long: SloWindow; short: SloWindow; factor: number }
  /** A partner's error budget for the rolling month is spent. */
  | { kind: 'budgetExhausted' };

export interface GaugeCheck {
  metric: string;
  /** Label values the series must have. */
  where?: Record<string, string>;
  op: '==' | '>';
  value: number;
}

export interface AlertDef {
  /** Alert name, also the runbook anchor. */
  id: string;
  level: AlertLevel;
  recipient: Recipient;
  condition: AlertCondition;
  for: string;
  /** Labels of the expression's result that say where it broke (kept by the rule, used for grouping). */
  where: string[];
  summary: LocalizedText;
  /** What a person should do first. */
  runbook: LocalizedText;
  page: PageId;
  cases: AlertCase[];
}
