import { BY_PARTNER } from '../catalog';
import { findKpi } from '../catalog/business';
import { type Contracts, type SlaContract, errorBudgetOf } from '../catalog/contracts';
import { amountExpr, totalOf } from './business';
import { type CalendarMonth, lastMonths } from './calendar';
import { perContract } from './perContract';
import { type RequestCount, type RequestKind, dailyPace, requestsBetween } from './slaRequests';
import type { LabelNames, Matcher } from './selector';

const DAY_SECONDS = 86400;

/** Where the month is read: the contracts' label names and terms, records or the raw histogram. */
export interface BudgetLeftScope {
  names: LabelNames;
  contracts: Contracts;
  raw: boolean;
}

/**
 * One part per running calendar month and target: partners on the same time zone and target share a month and a
 * line. `build` gets the month, a count of its partners' requests (among `where`) and the contract.
 */
function perRunningMonth(
  time: number,
  { names, contracts, raw }: BudgetLeftScope,
  where: Matcher[],
  build: (month: CalendarMonth, count: RequestCount, contract: SlaContract) => string
): string {
  return perContract(
    (contract) => `${contract.timeZone}/${contract.target}`,
    (_, partners, contract) => {
      const [month] = lastMonths(time, 1, contract.timeZone);
      return build(month, { where: [...where, ...partners], by: BY_PARTNER, names, raw, contracts }, contract);
    },
    contracts
  );
}

/**
 * Per partner and deployment, the bad requests the running calendar month (in the partner's time zone) can still
 * take: what its target allows by the month's end at the last day's pace, less the bad requests so far; negative
 * when the month is set to miss it. With it the last day's orders paid and revenue per request, which tell, as
 * estimates, what as many requests carry. The same sums as the monthly report's projection, so the list and the
 * partner page agree.
 */
export function budgetLeftExprs(time: number, scope: BudgetLeftScope) {
  const { names, contracts, raw } = scope;
  const requests = `(${perRunningMonth(time, scope, [], (month, count, contract) => {
    const all = requestsBetween('all', month.start, time, count);
    const good = requestsBetween('good', month.start, time, count);
    const pace = dailyPace('all', count);
    return `(${errorBudgetOf(contract)} * (${all} + ${pace} * ${month.monthEnd - time}) - (${all} - ${good}))`;
  })})`;
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
export function projectedMissExpr(time: number, scope: BudgetLeftScope, where: Matcher[] = []) {
  return perRunningMonth(time, scope, where, (month, count, contract) => {
    const atEnd = (kind: RequestKind) =>
      `(${requestsBetween(kind, month.start, time, count)} + ${dailyPace(kind, count)} * ${month.monthEnd - time})`;
    return `(${atEnd('good')} / ${atEnd('all')} < ${contract.target})`;
  });
}
