import { BY_PARTNER } from '../catalog';
import {
  AT_RISK_BUDGET_REMAINING,
  BUDGET_WINDOW,
  BUDGET_WINDOW_SECONDS,
  BURN_RATE_PAIRS,
  type SloWindow,
  slaRecord,
} from '../catalog/slo';
import { CONTRACTS, type Contracts, type SlaContract, errorBudgetOf } from '../catalog/contracts';
import { type FilterValue, filterMatchers } from './business';
import { assertWindow, slaRates, sumBy } from './functions';
import { contractFor, perContract, slaTerms } from './perContract';
import { monthStart } from './calendar';
import { budgetLeftExprs } from './budgetLeft';
import { complianceBetween } from './slaRequests';
import { CONTRACT_LABELS, type LabelNames, type Matcher, labelName, selector, seriesNamed } from './selector';

function partnerMatchers(tenant?: FilterValue): Matcher[] {
  return filterMatchers({ tenant });
}

/** Good over all requests within `window` (a duration or `$__range`), from the recorded 5m rates: a ratio of sums. */
export function complianceOver(
  window: string,
  by: string[],
  tenant?: FilterValue,
  names: LabelNames = CONTRACT_LABELS
) {
  const sum = (record: string) =>
    sumBy(by, `sum_over_time(${selector(record, partnerMatchers(tenant), names)}[${assertWindow(window)}])`, names);
  return `${sum(slaRecord.good('5m'))} / ${sum(slaRecord.requests('5m'))}`;
}

/** Where the month to date starts: the calendar month's first second in `timeZone`, or 5 minutes back in its first ones. */
export const monthToDateStart = (time: number, timeZone: string) => Math.min(monthStart(time, timeZone), time - 300);

/** The SLA figures of a partner and deployment the pages show. */
type SlaFigure = 'errorRatio30d' | 'budgetRemaining' | 'budgetExhaustedIn' | 'burnRate1h' | 'errorRatio1h';

/** Where an SLA figure is read: which series, under which label names, by which contracts, from records or raw. */
export interface SlaScope {
  names?: LabelNames;
  contracts?: Contracts;
  raw?: boolean;
}

/** A scope with what it leaves out filled in: the contract's label names, the catalog's contracts, the records. */
const fullScope = ({ names = CONTRACT_LABELS, contracts = CONTRACTS, raw = false }: SlaScope): Required<SlaScope> => ({
  names,
  contracts,
  raw,
});

/**
 * An SLA figure per partner and deployment, judged by each partner's contract as saved: from the recorded error
 * ratios (which follow the threshold the rules were generated with) over the partner's budget, so a changed target
 * shows at once; or (`raw`, the benchmark's comparison) from the gateway histogram, as a Prometheus without
 * ShopPulse's rules must.
 */
function perDeployment(figure: SlaFigure, where: Matcher[], scope: SlaScope, tenant?: FilterValue): string {
  const { names, contracts, raw } = fullScope(scope);
  const part = (contract: SlaContract, partners: Matcher[]) => {
    const budgetOf = errorBudgetOf(contract);
    const errorRatio = (window: SloWindow) => {
      if (!raw) {
        return selector(slaRecord.errorRatio(window), [...where, ...partners], names);
      }
      const { good, total } = slaRates([...where, ...partners], window, BY_PARTNER, names, contract.thresholdSeconds);
      return `(1 - ${good} / ${total})`;
    };
    const budget = `(1 - ${errorRatio(BUDGET_WINDOW)} / ${budgetOf})`;
    const burnRate1h = `(${errorRatio('1h')} / ${budgetOf})`;
    const labels = BY_PARTNER.map((label) => labelName(label, names)).join(', ');
    const figures: Record<SlaFigure, string> = {
      errorRatio30d: errorRatio(BUDGET_WINDOW),
      budgetRemaining: budget,
      budgetExhaustedIn: `(clamp_min(${budget}, 0) * ${BUDGET_WINDOW_SECONDS} / on (${labels}) (${burnRate1h} > 0))`,
      burnRate1h,
      errorRatio1h: errorRatio('1h'),
    };
    return figures[figure];
  };
  // The records already follow each partner's threshold: only the budget tells their contracts apart.
  const term = raw ? slaTerms : errorBudgetOf;
  return `(${perContract<string | number>(term, (_, partners, contract) => part(contract, partners), contracts, tenant)})`;
}

/**
 * The partners list: one instant query per column, each by partner and deployment. Grafana merges the columns on
 * every label a series has, so each carries those two only: a recorded series alone would bring its `__name__`
 * (different in every column) and any labels its rule group adds.
 */
export function partnerListExprs(time: number, scope: SlaScope = {}) {
  const { names, contracts, raw } = fullScope(scope);
  const byPartner = BY_PARTNER.map((label) => labelName(label, names)).join(', ');
  const figure = (name: SlaFigure) => `max by (${byPartner}) (${perDeployment(name, [], scope)})`;
  const errorRatio30d = figure('errorRatio30d');
  const budget = figure('budgetRemaining');
  const burn1h = figure('burnRate1h');
  const left = budgetLeftExprs(time, { names, contracts, raw });
  return {
    compliance30d: `1 - ${errorRatio30d}`,
    // Each partner's month in its contract's time zone.
    monthToDate: perContract(
      (contract) => contract.timeZone,
      (timeZone, partners) =>
        complianceBetween(monthToDateStart(time, timeZone), time, {
          where: partners,
          by: BY_PARTNER,
          names,
          raw,
          contracts,
        }),
      contracts
    ),
    budgetRemaining: budget,
    monthBudgetLeft: left.requests,
    ordersPerRequest: left.ordersPerRequest,
    revenuePerRequest: left.revenuePerRequest,
    burnRate1h: burn1h,
    // 0 OK, 1 at risk (budget low or burning too fast), 2 breached (the rolling month is below the partner's target:
    // its budget is spent).
    status: `clamp_max((${budget} < bool 0) * 2 + (${budget} < bool ${AT_RISK_BUDGET_REMAINING}) + (${burn1h} > bool 1), 2)`,
  };
}

/** One partner's error budget left, when it runs out at the current pace, and its hourly compliance over time. */
export function partnerBudgetExprs(tenant: FilterValue, scope: SlaScope = {}) {
  const where = partnerMatchers(tenant);
  return {
    remaining: `min(${perDeployment('budgetRemaining', where, scope, tenant)})`,
    exhaustedIn: `min(${perDeployment('budgetExhaustedIn', where, scope, tenant)})`,
    hourlyCompliance: `1 - max(${perDeployment('errorRatio1h', where, scope, tenant)})`,
  };
}

/** One partner's share of good requests in (start, end], across its deployments. */
export function partnerComplianceBetween(
  tenant: FilterValue,
  start: number,
  end: number,
  scope: SlaScope = {}
): string {
  return complianceBetween(start, end, { ...scope, where: partnerMatchers(tenant), by: [], tenant });
}

/** The recorded SLA series the SLA budget panel reads, of one partner or all. */
export function slaBudgetExpr(tenant?: FilterValue, names: LabelNames = CONTRACT_LABELS): string {
  const records = [
    slaRecord.errorRatio(BUDGET_WINDOW),
    slaRecord.budgetRemaining,
    slaRecord.budgetExhaustedIn,
    ...BURN_RATE_WINDOWS.map((window) => slaRecord.burnRate(window)),
  ];
  return seriesNamed(records, partnerMatchers(tenant), names);
}

/** One partner's burn rate over a window, across its deployments, against its own contract's budget. */
export function burnRateOver(window: SloWindow, tenant: FilterValue, scope: SlaScope = {}): string {
  const { names, contracts, raw } = fullScope(scope);
  const contract = contractFor(tenant, contracts);
  if (raw) {
    const { good, total } = slaRates(partnerMatchers(tenant), window, [], names, contract.thresholdSeconds);
    return `(1 - ${good} / ${total}) / ${errorBudgetOf(contract)}`;
  }
  const sum = (record: string) => `sum(${selector(record, partnerMatchers(tenant), names)})`;
  return `(1 - ${sum(slaRecord.good(window))} / ${sum(slaRecord.requests(window))}) / ${errorBudgetOf(contract)}`;
}

/** Every window an alert pair watches, once. */
export const BURN_RATE_WINDOWS: SloWindow[] = [...new Set(BURN_RATE_PAIRS.flatMap((pair) => [pair.long, pair.short]))];
