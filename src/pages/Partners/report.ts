export interface MonthRequests {
  month: string;
  /** The month's span in Unix seconds, [start, monthEnd), in the contract's time zone. */
  start: number;
  monthEnd: number;
  /** All requests of the month so far, and the good ones. */
  requests?: number;
  good?: number;
}

/** Requests per second over the last day, all and good. */
export interface Pace {
  requests?: number;
  good?: number;
}

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
  /** For the month still running: both at its end, if the last day's pace goes on. */
  projected?: { badRequests: number; allowedBadRequests: number };
}

/** Rows of the monthly report for the months that have data, newest first; `now` is when the data was read. */
export function reportRows(months: MonthRequests[], target: number, now: number, pace: Pace = {}): ReportRow[] {
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
      };
      const left = monthEnd - now;
      if (left > 0 && pace.requests !== undefined && pace.good !== undefined) {
        row.projected = {
          badRequests: Math.round(requests - good + (pace.requests - pace.good) * left),
          allowedBadRequests: Math.round(budget * (requests + pace.requests * left)),
        };
      }
      return row;
    });
}

/** An instant as UTC date and time to the minute: "2026-10-31 23:00". */
export const utcText = (time: number) => new Date(time * 1000).toISOString().slice(0, 16).replace('T', ' ');

export function toCsv(rows: ReportRow[]): string {
  const header =
    'month,start_utc,end_utc,compliance,target,met,bad_requests,allowed_bad_requests,projected_bad_requests,projected_allowed_bad_requests';
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
      r.projected?.badRequests ?? '',
      r.projected?.allowedBadRequests ?? '',
    ].join(',')
  );
  return [header, ...lines].join('\n') + '\n';
}
