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

export interface AlertDef {
  /** Alert name, also the runbook anchor. */
  id: string;
  level: AlertLevel;
  recipient: Recipient;
  expr: string;
  for: string;
  /** Labels of the expression's result that say where it broke (kept by the rule, used for grouping). */
  where: string[];
  summary: LocalizedText;
  /** What a person should do first. */
  runbook: LocalizedText;
  page: PageId;
  cases: AlertCase[];
}
