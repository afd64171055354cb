export interface ReportRow {
  month: string;
  compliance: number;
  target: number;
  met: boolean;
  /** Bad requests as minutes of the month (their share times the month's minutes). */
  budgetMinutesUsed: number;
  /** The minutes the error budget allows in that month. */
  budgetMinutes: number;
}

function minutesIn(month: string): number {
  const [year, index] = month.split('-').map(Number);
  return (Date.UTC(year, index, 1) - Date.UTC(year, index - 1, 1)) / 60000;
}

/** Rows of the monthly report for the months that have data, newest first. */
export function reportRows(months: Array<{ month: string; compliance?: number }>, target: number): ReportRow[] {
  return months
    .filter((m): m is { month: string; compliance: number } => m.compliance !== undefined)
    .map(({ month, compliance }) => {
      const minutes = minutesIn(month);
      return {
        month,
        compliance,
        target,
        met: compliance >= target,
        budgetMinutesUsed: Math.round((1 - compliance) * minutes),
        budgetMinutes: Math.round((1 - target) * minutes),
      };
    });
}

export function toCsv(rows: ReportRow[]): string {
  const header = 'month,compliance,target,met,budget_minutes_used,budget_minutes';
  const lines = rows.map((r) =>
    [r.month, r.compliance.toFixed(5), r.target, r.met, r.budgetMinutesUsed, r.budgetMinutes].join(',')
  );
  return [header, ...lines].join('\n') + '\n';
}
