import { BY_PARTNER, DEPLOYMENT_LABEL, TENANT_LABEL } from '../catalog';
import {
  BUDGET_WINDOW,
  BUDGET_WINDOW_SECONDS,
  LONG_WINDOWS,
  SLO_WINDOWS,
  type RouteResolution,
  type SloWindow,
  routeRecord,
  slaRecord,
} from '../catalog/slo';
import { SLA } from '../catalog/sla';
import { CONTRACTS, type Contracts, errorBudgetOf } from '../catalog/contracts';
import { MAINTENANCE_WINDOWS, type MaintenanceWindow, utcSeconds } from '../catalog/maintenance';
import { perContract } from './perContract';
import { SLA_REQUESTS, leftOpen, rate, slaRates, sumBy } from './functions';
import { CONTRACT_LABELS, type LabelNames, type Matcher, eq, labelName, neq, selector } from './selector';

/** How often each group of SLA rules runs: a sample of a recorded 5m rate stands for `short` seconds of traffic. */
export const SLA_RULE_INTERVAL_SECONDS = { short: 60, long: 300 };

export interface RecordingRule {
  record: string;
  expr: string;
  /** Static labels the ruler adds to the result: plain YAML values, so no text reaches PromQL. */
  labels?: Record<string, string>;
}

const SECONDS_PER_UNIT = { m: 60, h: 3600, d: 86400 };
const windowSeconds = (window: SloWindow) =>
  Number(window.slice(0, -1)) * SECONDS_PER_UNIT[window.slice(-1) as keyof typeof SECONDS_PER_UNIT];

/**
 * `shoppulse:sla_maintenance:active`, 1 while a window is open: one rule per partner/deployment named (several windows
 * of one are one rule, so no two rules write the same series), labelled with what the windows name.
 */
function maintenanceRules(windows: readonly MaintenanceWindow[], names: LabelNames): RecordingRule[] {
  const byScope = new Map<string, MaintenanceWindow[]>();
  for (const window of windows) {
    const key = JSON.stringify([window.partner, window.deployment]);
    byScope.set(key, [...(byScope.get(key) ?? []), window]);
  }
  return [...byScope.values()].map((scoped) => {
    const { partner, deployment } = scoped[0];
    const open = scoped.map((w) => `vector(time()) >= ${utcSeconds(w.from)} < ${utcSeconds(w.to)}`).join(' or ');
    const labels: Record<string, string> = {};
    if (partner !== undefined) {
      labels[labelName(TENANT_LABEL, names)] = partner;
    }
    if (deployment !== undefined) {
      labels[labelName(DEPLOYMENT_LABEL, names)] = deployment;
    }
    return { record: slaRecord.maintenanceActive, expr: `vector(1) and on () (${open})`, labels };
  });
}

/** The three kinds of window: the labels its series carries (and a rate is matched on), and how to pick them. */
const SCOPES: Array<{ on: string[]; matchers: Matcher[]; applies: (w: MaintenanceWindow) => boolean }> = [
  {
    on: BY_PARTNER,
    matchers: [neq(TENANT_LABEL, ''), neq(DEPLOYMENT_LABEL, '')],
    applies: (w) => w.partner !== undefined && w.deployment !== undefined,
  },
  { on: [TENANT_LABEL], matchers: [eq(DEPLOYMENT_LABEL, '')], applies: (w) => w.deployment === undefined },
  { on: [DEPLOYMENT_LABEL], matchers: [eq(TENANT_LABEL, '')], applies: (w) => w.partner === undefined },
];

/**
 * `rates` (by tenant, deployment) without the series a window was open on in the last `seconds`; itself without
 * windows. The window's series is written before the rates at each evaluation, so the range sees the current one.
 */
function outsideMaintenance(
  rates: string,
  seconds: number,
  windows: readonly MaintenanceWindow[],
  names: LabelNames
): string {
  const scopes = SCOPES.filter((scope) => windows.some(scope.applies));
  if (!scopes.length) {
    return rates;
  }
  const active = (matchers: Matcher[]) => selector(slaRecord.maintenanceActive, matchers, names);
  const unless = scopes.map(
    (scope) =>
      ` unless on (${scope.on.map((l) => labelName(l, names)).join(', ')}) ` +
      `max_over_time(${active(scope.matchers)}[${leftOpen(seconds)}])`
  );
  return `(${rates})${unless.join('')}`;
}

/**
 * The SLA's recording rules, per (tenant, deployment): ratios of sums, never averages of ratios. Each partner's good
 * requests, burn rate and budget follow its own contract (`contracts`): its threshold and its target's budget.
 * Requests inside a maintenance window (`windows`) count neither as good nor as bad, in every window and count.
 */
export function slaRecordingRules(
  names: LabelNames = CONTRACT_LABELS,
  contracts: Contracts = CONTRACTS,
  windows: readonly MaintenanceWindow[] = MAINTENANCE_WINDOWS
): {
  short: RecordingRule[];
  long: RecordingRule[];
} {
  const by = BY_PARTNER;
  // A ratio over the partner's own budget, for the partners of each budget.
  const overBudget = (record: string, prefix = '') =>
    perContract(
      errorBudgetOf,
      (budget, partners) => `${prefix}${selector(record, partners, names)} / ${budget}`,
      contracts
    );
  const ratios = (window: SloWindow): RecordingRule[] => [
    { record: slaRecord.errorRatio(window), expr: `1 - (${slaRecord.good(window)} / ${slaRecord.requests(window)})` },
    { record: slaRecord.burnRate(window), expr: overBudget(slaRecord.errorRatio(window)) },
  ];
  const short = SLO_WINDOWS.filter((w) => !LONG_WINDOWS.includes(w)).flatMap((window) => {
    const { total } = slaRates([], window, by, names);
    const good = perContract(
      (contract) => contract.thresholdSeconds,
      (threshold, partners) => slaRates(partners, window, by, names, threshold).good,
      contracts
    );
    // A raw rate whose range a window touched cannot leave the window out: for those series, the average of the 5m
    // rates recorded outside windows stands in (as in the long windows); the 5m rates themselves are only dropped.
    // The range looks one interval further back, as a window's last open evaluation may be that long before its end.
    const excluded = (raw: string, fiveMinutes: string) => {
      const outside = outsideMaintenance(raw, windowSeconds(window) + SLA_RULE_INTERVAL_SECONDS.short, windows, names);
      return window === '5m' || !windows.length ? outside : `${outside} or avg_over_time(${fiveMinutes}[${window}])`;
    };
    return [
      { record: slaRecord.requests(window), expr: excluded(total, slaRecord.requests('5m')) },
      { record: slaRecord.good(window), expr: excluded(good, slaRecord.good('5m')) },
      ...ratios(window),
    ];
  });
  short.unshift(...maintenanceRules(windows, names));
  // Each sample of a 5m rate stands for one interval of traffic: a day's samples times the interval count its
  // requests (a gap counts none). In this group, so a day ends on the same evaluation as the rates it sums.
  const perDay = (record: string, rate: string) => ({
    record,
    expr: `sum_over_time(${rate}[1d]) * ${SLA_RULE_INTERVAL_SECONDS.short}`,
  });
  short.push(
    perDay(slaRecord.requestsPerDay, slaRecord.requests('5m')),
    perDay(slaRecord.goodPerDay, slaRecord.good('5m'))
  );
  // The average of equally spaced 5m rates is the rate over the whole window, without reading a month of raw buckets.
  const long = LONG_WINDOWS.flatMap((window) => [
    { record: slaRecord.requests(window), expr: `avg_over_time(${slaRecord.requests('5m')}[${window}])` },
    { record: slaRecord.good(window), expr: `avg_over_time(${slaRecord.good('5m')}[${window}])` },
    ...ratios(window),
  ]);
  const labels = by.map((l) => labelName(l, names)).join(', ');
  long.push(
    { record: slaRecord.budgetRemaining, expr: overBudget(slaRecord.errorRatio(BUDGET_WINDOW), '1 - ') },
    {
      record: slaRecord.budgetExhaustedIn,
      // At the last hour's pace, how long until the rolling month's budget is gone (no series while nothing burns).
      expr: `clamp_min(${slaRecord.budgetRemaining}, 0) * ${BUDGET_WINDOW_SECONDS} / on (${labels}) (${slaRecord.burnRate('1h')} > 0)`,
    }
  );
  return { short, long };
}

/**
 * The gateway histogram per route, for the partner page's latency panels over long ranges: rates over 5 minutes from
 * the raw buckets and (`1h`) the average of an hour of those, which is the rate over the hour.
 */
export function routeRecordingRules(
  every: RouteResolution,
  names: LabelNames = CONTRACT_LABELS,
  contracts: Contracts = CONTRACTS
): RecordingRule[] {
  const record = routeRecord(every);
  if (every === '1h') {
    const fiveMinutes = routeRecord('5m');
    return (['buckets', 'failed', 'good'] as const).map((kind) => ({
      record: record[kind],
      expr: `avg_over_time(${fiveMinutes[kind]}[1h])`,
    }));
  }
  const buckets = `${SLA.metric}_bucket`;
  const by = [TENANT_LABEL, DEPLOYMENT_LABEL, 'route'];
  const recorded = (matchers: Parameters<typeof selector>[1], labels = by) =>
    sumBy(labels, rate(selector(buckets, matchers, names), '5m'), names);
  return [
    { record: record.buckets, expr: recorded([], [...by, 'le']) },
    { record: record.failed, expr: recorded(SLA_REQUESTS.failed()) },
    {
      record: record.good,
      expr: perContract(
        (contract) => contract.thresholdSeconds,
        (threshold, partners) => recorded([...partners, ...SLA_REQUESTS.good(threshold)]),
        contracts
      ),
    },
  ];
}
