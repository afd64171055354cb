import { DEPLOYMENT_LABEL, TENANT_LABEL } from '../catalog';
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
import { perContract } from './perContract';
import { SLA_REQUESTS, rate, slaRates, sumBy } from './functions';
import { CONTRACT_LABELS, type LabelNames, labelName, selector } from './selector';

/** How often each group of SLA rules runs: a sample of a recorded 5m rate stands for `short` seconds of traffic. */
export const SLA_RULE_INTERVAL_SECONDS = { short: 60, long: 300 };

export interface RecordingRule {
  record: string;
  expr: string;
}

/**
 * The SLA's recording rules, per (tenant, deployment): ratios of sums, never averages of ratios. Each partner's good
 * requests, burn rate and budget follow its own contract (`contracts`): its threshold and its target's budget.
 */
export function slaRecordingRules(
  names: LabelNames = CONTRACT_LABELS,
  contracts: Contracts = CONTRACTS
): {
  short: RecordingRule[];
  long: RecordingRule[];
} {
  const by = [TENANT_LABEL, DEPLOYMENT_LABEL];
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
    return [
      { record: slaRecord.requests(window), expr: total },
      { record: slaRecord.good(window), expr: good },
      ...ratios(window),
    ];
  });
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
