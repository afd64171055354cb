import { type MaintenanceWindow, SHORTEST_WINDOW_SECONDS, utcSeconds } from '../../catalog/maintenance';
import type { MESSAGES } from './messages';

/** One maintenance window as the form edits it: texts as typed, an empty partner or deployment meaning "any". */
export interface MaintenanceRow {
  partner: string;
  deployment: string;
  /** UTC instants as typed, `YYYY-MM-DDTHH:MM:SSZ`; `to` is not part of the window. */
  from: string;
  to: string;
  reason: string;
}

export type MaintenanceRowErrors = Partial<Record<keyof MaintenanceRow, keyof typeof MESSAGES>>;

export const EMPTY_MAINTENANCE_ROW: MaintenanceRow = { partner: '', deployment: '', from: '', to: '', reason: '' };

export function maintenanceRowsOf(windows: readonly MaintenanceWindow[]): MaintenanceRow[] {
  return windows.map((window) => ({
    partner: window.partner ?? '',
    deployment: window.deployment ?? '',
    from: window.from,
    to: window.to,
    reason: window.reason,
  }));
}

/** The window to save: trimmed, and without the partner or deployment left empty (an empty one would match none). */
export function windowOf(row: MaintenanceRow): MaintenanceWindow {
  const partner = row.partner.trim();
  const deployment = row.deployment.trim();
  return {
    ...(partner ? { partner } : {}),
    ...(deployment ? { deployment } : {}),
    from: row.from.trim(),
    to: row.to.trim(),
    reason: row.reason.trim(),
  };
}

export const windowsOf = (rows: MaintenanceRow[]): MaintenanceWindow[] => rows.map(windowOf);

/**
 * What is wrong with each row, field by field, in the terms of the catalog's `maintenanceProblems` (which the rule
 * file's generator applies): a row without errors is a window it accepts. Rows without a problem get an empty object.
 */
export function maintenanceRowErrors(rows: MaintenanceRow[]): MaintenanceRowErrors[] {
  return rows.map((row) => {
    const window = windowOf(row);
    const errors: MaintenanceRowErrors = {};
    if (window.partner === undefined && window.deployment === undefined) {
      // Shown at both fields: either one fixes it.
      errors.partner = 'maintenanceScopeMissing';
      errors.deployment = 'maintenanceScopeMissing';
    }
    const from = utcSeconds(window.from);
    const to = utcSeconds(window.to);
    if (from === undefined) {
      errors.from = window.from ? 'maintenanceBadInstant' : 'maintenanceInstantMissing';
    }
    if (to === undefined) {
      errors.to = window.to ? 'maintenanceBadInstant' : 'maintenanceInstantMissing';
    }
    if (from !== undefined && to !== undefined && to - from < SHORTEST_WINDOW_SECONDS) {
      errors.to = to <= from ? 'maintenanceEndsBeforeStart' : 'maintenanceTooShort';
    }
    if (!window.reason) {
      errors.reason = 'maintenanceReasonMissing';
    }
    return errors;
  });
}

export const rowsAreValid = (errors: MaintenanceRowErrors[]) =>
  errors.every((rowErrors) => Object.keys(rowErrors).length === 0);
