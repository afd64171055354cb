import type { LocalizedText, MetricUnit } from '../types';

/** How much of a counter grew over the dashboard's range, optionally restricted to some label values. */
export interface Amount {
  metric: string;
  where?: Record<string, string>;
  except?: Record<string, string>;
}

export type KpiFormula =
  | { kind: 'total'; amount: Amount }
  /** numerator / denominator over the range; `complement` gives 1 − that share. */
  | { kind: 'ratio'; numerator: Amount; denominator: Amount; complement?: boolean }
  /** A gauge as it stands at the end of the range. */
  | { kind: 'level'; gauge: string; where?: Record<string, string> };

export type KpiSection = 'money' | 'funnel' | 'payments' | 'customers' | 'parcels' | 'fraud';

export interface KpiDef {
  id: string;
  section: KpiSection;
  title: LocalizedText;
  /** Plain words a child could follow. */
  description: LocalizedText;
  unit: MetricUnit;
  /** A number of things (orders, parcels, searches), shown whole: the recorded increases it sums have fractions. */
  count?: boolean;
  /** Whether a rise is good news; colours the week-over-week arrow. */
  better: 'up' | 'down';
  formula: KpiFormula;
  /** A risk (its id) that, while true, leaves the figures unknown: they are missing, not low. */
  unknownWhile?: string;
}
