import { DEPLOYMENT_LABEL, TENANT_LABEL } from '../catalog';
import { findKpi } from '../catalog/business';
import { type Contracts, type SlaContract, errorBudgetOf } from '../catalog/contracts';
import { amountExpr, totalOf } from './business';
import { lastMonths } from './calendar';
import { perContract } from './perContract';
import { dailyPace, requestsBetween } from './slaRequests';
import type { LabelNames, Matcher } from './selector';

const BY_PARTNER = [TENANT_LABEL, DEPLOYMENT_LABEL];
const DAY_SECONDS = 86400;

interface BudgetLeftScope {
  names: LabelNames;
  contracts: Contracts;
  raw: boolean;
}

/**
 * Per partner and deployment, the bad requests the running calendar month (in the partner's time zone) can still
 * take: what its target allows by the month's end at the last day's pace, less the bad requests so far; negative
 * when the month is set to miss it. With it the last day's orders paid and revenue per request, which tell, as
 * estimates, what as many requests carry. The same sums as the monthly report's projection, so the list and the
 * partner page agree.
 */
/** Where the month is read: the contracts' label names and terms, records or the raw histogram. */
export type { BudgetLeftScope };

export function budgetLeftExprs(time: number, { names, contracts, raw }: BudgetLeftScope) {
  const requestsLeft = (contract: SlaContract, partners: Matcher[]) => {
    const [month] = lastMonths(time, 1, contract.timeZone);
    const count = { where: partners, by: BY_PARTNER, names, raw, contracts };
    const all = requestsBetween('all', month.start, time, count);
    const good = requestsBetween('good', month.start, time, count);
    const pace = dailyPace('all', count);
    return `(${errorBudgetOf(contract)} * (${all} + ${pace} * ${month.monthEnd - time}) - (${all} - ${good}))`;
  };
  const requests = `(${perContract(
    (contract) => `${contract.timeZone}/${contract.target}`,
    (_, partners, contract) => requestsLeft(contract, partners),
    contracts
  )})`;
  // Per request, not times the requests left: the table multiplies, so the month is read once, not three times.
  const perRequest = (kpiId: string) => {
    const lastDay = amountExpr(totalOf(findKpi(kpiId)), BY_PARTNER, {
      filters: {},
      range: '1d',
      resolution: '1h',
      names,
      raw,
    });
    const requestsLastDay = `(${dailyPace('all', { where: [], by: BY_PARTNER, names, raw, contracts })} * ${DAY_SECONDS})`;
    return `${lastDay} / ${requestsLastDay}`;
  };
  return { requests, ordersPerRequest: perRequest('orders_paid'), revenuePerRequest: perRequest('revenue') };
}

/**
 * Per partner and deployment among `where`, the share of good requests the running calendar month will end on at
 * the last day's pace, where it is below the partner's target: none while every month is on course.
 */
export function projectedMissExpr(time: number, { names, contracts, raw }: BudgetLeftScope, where: Matcher[] = []) {
  return perContract(
    (contract) => `${contract.timeZone}/${contract.target}`,
    (_, partners, contract) => {
      const [month] = lastMonths(time, 1, contract.timeZone);
      const count = { where: [...where, ...partners], by: BY_PARTNER, names, raw, contracts };
      const left = month.monthEnd - time;
      const atEnd = (kind: 'all' | 'good') =>
        `(${requestsBetween(kind, month.start, time, count)} + ${dailyPace(kind, count)} * ${left})`;
      return `(${atEnd('good')} / ${atEnd('all')} < ${contract.target})`;
    },
    contracts
  );
}
