import { type CreditOwed, type CreditTerms, creditOwed } from '../../catalog/credits';
import { type MaintenanceWindow, utcSeconds } from '../../catalog/maintenance';

export interface MonthRequests {
  month: string;
  /** The month's span in Unix seconds, [start, monthEnd), in the contract's time zone. */
  start: number;
  monthEnd: number;
  /** All requests of the month so far, and the good ones. */
  requests?: number;
  good?: number;
}

/** Requests per second over the last day, all and good, and the orders paid and revenue (PLN) of that day. */
export interface Pace {
  requests?: number;
  good?: number;
  orders?: number;
  revenue?: number;
}

/** A maintenance window that left some of the partner's requests out, and how many. */
export interface ExcludedWindow {
  window: MaintenanceWindow;
  requests: number;
}

/** What a month is judged by: the partner's target and its credit terms. */
export type MonthTerms = CreditTerms & { target: number };

export interface ReportRow {
  month: string;
  start: number;
  monthEnd: number;
  compliance: number;
  target: number;
  met: boolean;
  /** Requests that broke the promise (failed or slow), in the month so far. */
  badRequests: number;
  /** The bad requests the contract allows for the requests so far: the error budget's share of them. */
  allowedBadRequests: number;
  /** What the month earns the partner under its credit scale, if it fell below a step. */
  credit?: CreditOwed;
  /** The maintenance windows that overlap the month and left requests out: counted neither good nor bad. */
  maintenance: ExcludedWindow[];
  /** For the month still running: all of the above at its end, if the last day's pace goes on. */
  projected?: {
    compliance: number;
    badRequests: number;
    allowedBadRequests: number;
    credit?: CreditOwed;
  };
}

/**
 * The bad requests the month can still take before it misses the target, if the last day's pace goes on (negative:
 * the month will miss it by that many), with an estimate of the orders and money as many requests carry, at the last
 * day's orders and revenue per request.
 */
export interface BudgetLeft {
  requests: number;
  orders?: number;
  revenue?: number;
}

/** Rows of the monthly report for the months that have data, newest first; `now` is when the data was read. */
export function reportRows(
  months: MonthRequests[],
  terms: MonthTerms,
  now: number,
  pace: Pace = {},
  excluded: ExcludedWindow[] = []
): ReportRow[] {
  const { target } = terms;
  const budget = 1 - target;
  return months
    .filter((m): m is Required<MonthRequests> => m.requests !== undefined && m.requests > 0 && m.good !== undefined)
    .map(({ month, start, monthEnd, requests, good }) => {
      const compliance = good / requests;
      const row: ReportRow = {
        month,
        start,
        monthEnd,
        compliance,
        target,
        met: compliance >= target,
        badRequests: Math.round(requests - good),
        allowedBadRequests: Math.round(budget * requests),
        credit: creditOwed(terms, compliance),
        maintenance: excluded.filter(
          ({ window }) => utcSeconds(window.from)! < monthEnd && utcSeconds(window.to)! > start
        ),
      };
      const left = monthEnd - now;
      if (left > 0 && pace.requests !== undefined && pace.good !== undefined) {
        const all = requests + pace.requests * left;
        const projectedGood = good + pace.good * left;
        row.projected = {
          compliance: projectedGood / all,
          badRequests: Math.round(all - projectedGood),
          allowedBadRequests: Math.round(budget * all),
          credit: creditOwed(terms, projectedGood / all),
        };
      }
      return row;
    });
}

/** The budget left in the month still running (the first row, when it has a projection), in requests and business. */
export function budgetLeft(rows: ReportRow[], pace: Pace): BudgetLeft | undefined {
  const running = rows[0]?.projected;
  if (!running) {
    return undefined;
  }
  const requests = running.allowedBadRequests - rows[0].badRequests;
  const perRequest = (perDay?: number) =>
    perDay !== undefined && pace.requests ? (perDay / (pace.requests * 86400)) * Math.max(requests, 0) : undefined;
  return { requests, orders: perRequest(pace.orders), revenue: perRequest(pace.revenue) };
}

/** An instant as UTC date and time to the minute: "2026-10-31 23:00". */
export const utcText = (time: number) => new Date(time * 1000).toISOString().slice(0, 16).replace('T', ' ');

export function toCsv(rows: ReportRow[]): string {
  const header = [
    'month,start_utc,end_utc,compliance,target,met,bad_requests,allowed_bad_requests,credit_share,credit_pln',
    'maintenance_windows,maintenance_requests',
    'projected_compliance,projected_bad_requests,projected_allowed_bad_requests,projected_credit_share,projected_credit_pln',
  ].join(',');
  const lines = rows.map((r) =>
    [
      r.month,
      utcText(r.start),
      utcText(r.monthEnd),
      r.compliance.toFixed(5),
      r.target,
      r.met,
      r.badRequests,
      r.allowedBadRequests,
      r.credit?.share ?? 0,
      r.credit?.amount ?? 0,
      r.maintenance.length,
      r.maintenance.reduce((sum, { requests }) => sum + Math.round(requests), 0),
      r.projected?.compliance.toFixed(5) ?? '',
      r.projected?.badRequests ?? '',
      r.projected?.allowedBadRequests ?? '',
      r.projected ? (r.projected.credit?.share ?? 0) : '',
      r.projected ? (r.projected.credit?.amount ?? 0) : '',
    ].join(',')
  );
  return [header, ...lines].join('\n') + '\n';
}
