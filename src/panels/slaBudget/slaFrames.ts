import { type DataFrame, FieldType } from '@grafana/data';
import { BUDGET_WINDOW, SLO_WINDOWS, slaRecord } from '../../catalog/slo';

/** What the panel shows of one partner, the worst of its deployments. */
export interface PartnerBudget {
  partner: string;
  compliance?: number;
  budgetLeft?: number;
  exhaustedInSeconds?: number;
  burnRates: Record<string, number>;
}

type Pick = (values: number[]) => number;
const worst: Record<'high' | 'low', Pick> = { high: (v) => Math.max(...v), low: (v) => Math.min(...v) };

/** Each record the panel reads, by name, and which value is worst across a partner's deployments. */
const READS: Array<{ name: string; worst: Pick; into: (budget: PartnerBudget, value: number) => void }> = [
  { name: slaRecord.errorRatio(BUDGET_WINDOW), worst: worst.high, into: (b, v) => (b.compliance = 1 - v) },
  { name: slaRecord.budgetRemaining, worst: worst.low, into: (b, v) => (b.budgetLeft = v) },
  { name: slaRecord.budgetExhaustedIn, worst: worst.low, into: (b, v) => (b.exhaustedInSeconds = v) },
  ...SLO_WINDOWS.map((window) => ({
    name: slaRecord.burnRate(window),
    worst: worst.high,
    into: (b: PartnerBudget, v: number) => (b.burnRates[window] = v),
  })),
];

/** The SLA records among the frames, per partner (by `tenantLabel`), in the partners' order of appearance. */
export function partnerBudgets(frames: DataFrame[], tenantLabel: string): PartnerBudget[] {
  const values = new Map<string, Map<string, number[]>>();
  for (const frame of frames) {
    const field = frame.fields.find((candidate) => candidate.type === FieldType.number);
    const name = field?.labels?.__name__;
    const partner = field?.labels?.[tenantLabel];
    const value = field?.values[field.values.length - 1];
    if (!name || partner === undefined || typeof value !== 'number' || !Number.isFinite(value)) {
      continue;
    }
    const byName = values.get(partner) ?? new Map<string, number[]>();
    byName.set(name, [...(byName.get(name) ?? []), value]);
    values.set(partner, byName);
  }
  return [...values].flatMap(([partner, byName]) => {
    const budget: PartnerBudget = { partner, burnRates: {} };
    const read = READS.filter((record) => byName.has(record.name));
    read.forEach((record) => record.into(budget, record.worst(byName.get(record.name)!)));
    return read.length > 0 ? [budget] : [];
  });
}
