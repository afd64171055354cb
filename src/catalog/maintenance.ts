/**
 * Planned maintenance a partner's contract excludes: requests inside a window count neither as good nor as bad, so an
 * outage inside one spends no error budget and fires no SLA alert. A window names a partner, a deployment, or both
 * (then only that partner on that deployment); `from` and `to` are UTC instants such as 2025-06-01T02:00:00Z, `to`
 * excluded.
 */
export interface MaintenanceWindow {
  partner?: string;
  deployment?: string;
  from: string;
  to: string;
  reason: string;
}

/**
 * The declared windows; the SLA rules are generated from them (`npm run generate`), so a window counts only once it is
 * declared here and the rules are regenerated. A window can go once it is older than the 30-day budget window.
 */
export const MAINTENANCE_WINDOWS: readonly MaintenanceWindow[] = [];

// The SLA rules run once a minute: a shorter window could fall between two evaluations and never be seen.
export const SHORTEST_WINDOW_SECONDS = 60;
// Seconds precision and Z only, so a window reads the same to everyone and maps to whole epoch seconds.
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The instant as unix seconds, or undefined unless it is a real `YYYY-MM-DDTHH:MM:SSZ` (no 30 February, no 24:00). */
export function utcSeconds(instant: string): number | undefined {
  if (typeof instant !== 'string' || !UTC_INSTANT.test(instant)) {
    return undefined;
  }
  const ms = Date.parse(instant);
  // Date.parse rolls 30 February over to March: only an instant that prints back as itself is real.
  return !Number.isNaN(ms) && new Date(ms).toISOString() === instant.replace('Z', '.000Z') ? ms / 1000 : undefined;
}

/** How an admin recognises a window in a message: its number in the list and what it names. */
function windowName(window: MaintenanceWindow, index: number): string {
  const scope = [window.partner, window.deployment && `on ${window.deployment}`].filter(Boolean).join(' ');
  return `maintenance window ${index + 1}${scope ? ` (${scope})` : ''}`;
}

/** What is wrong with the declared windows, in words an admin can act on; empty when nothing is. */
export function maintenanceProblems(windows: readonly MaintenanceWindow[]): string[] {
  return windows.flatMap((window, index) => {
    const name = windowName(window, index);
    const problems: string[] = [];
    if (window.partner === undefined && window.deployment === undefined) {
      problems.push(`${name} names neither a partner nor a deployment: give one or both`);
    }
    // An empty name would match series without the label, widening the window to every partner or deployment.
    for (const field of ['partner', 'deployment'] as const) {
      if (window[field] !== undefined && !(typeof window[field] === 'string' && window[field].trim() !== '')) {
        problems.push(`${name} has an empty ${field}: name one, or leave the field out`);
      }
    }
    const from = utcSeconds(window.from);
    const to = utcSeconds(window.to);
    for (const [field, seconds] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (seconds === undefined) {
        problems.push(`${name}: ${field} "${window[field]}" is not a UTC instant such as 2025-06-01T02:00:00Z`);
      }
    }
    if (from !== undefined && to !== undefined && to - from < SHORTEST_WINDOW_SECONDS) {
      problems.push(
        to <= from
          ? `${name}: to (${window.to}) must be after from (${window.from})`
          : `${name} is shorter than a minute, which the once-a-minute SLA rules may not see: make it a minute or more`
      );
    }
    if (!(typeof window.reason === 'string' && window.reason.trim() !== '')) {
      problems.push(`${name} gives no reason: say why, for the partner's report`);
    }
    return problems;
  });
}

/** The windows, once checked: the rules are generated from them, so a wrong one stops the generator. */
export function checkedMaintenance(windows: readonly MaintenanceWindow[] = MAINTENANCE_WINDOWS) {
  const problems = maintenanceProblems(windows);
  if (problems.length) {
    throw new Error(`Invalid maintenance windows (src/catalog/maintenance.ts):\n${problems.join('\n')}`);
  }
  return windows;
}
