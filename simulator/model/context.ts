import type { ResolvedScenario } from '../scenario/resolve';
import type { Noise } from '../random';
import type { Tenant } from '../topology';
import { warsawTime } from '../time';
import type { Registry } from './registry';

export const STEP_SECONDS = 60;

/** Now, rounded down to the last scrape: where history ends and live mode stands. */
export function currentStepTime(): number {
  return Math.floor(Date.now() / 1000 / STEP_SECONDS) * STEP_SECONDS;
}

/** Everything a part of the model needs to advance one step. */
export interface ModelContext {
  registry: Registry;
  noise: Noise;
  scenario: ResolvedScenario;
  tenants: Tenant[];
}

/** What happened in the shop during one step, per tenant; the parts of the model pass it along. */
export interface TenantFlows {
  requests: number;
  sessions: number;
  paidOrders: number;
  emailsQueued: number;
}

export type Flows = Map<string, TenantFlows>;

// Share of the evening peak at each hour of the day, Warsaw time (linearly interpolated).
const DAY_CURVE = [
  [0, 0.35],
  [2, 0.15],
  [5, 0.1],
  [7, 0.3],
  [9, 0.55],
  [12, 0.7],
  [14, 0.65],
  [17, 0.75],
  [20, 1],
  [22, 0.75],
  [24, 0.35],
];
const WEEK_FACTOR = [1.2, 1, 1, 1, 1, 1.05, 1.25];

/** How busy the shop is at time t, relative to a weekday's evening peak: quiet nights, evening peaks, busier weekends. */
export function seasonality(t: number): number {
  const { hour, weekday } = warsawTime(t);
  const next = DAY_CURVE.findIndex(([h]) => h > hour);
  const [h0, v0] = DAY_CURVE[next - 1];
  const [h1, v1] = DAY_CURVE[next];
  return (v0 + ((hour - h0) / (h1 - h0)) * (v1 - v0)) * WEEK_FACTOR[weekday];
}
