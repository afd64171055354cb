/** The "KPI with change" panel's options; every one has a default that works with no options set. */
export interface KpiChangeOptions {
  /** Whether a rise is good news. */
  better: 'up' | 'down';
  /** The refId of the comparison query; empty: the time-shifted copy, else the second query. */
  comparisonRefId: string;
  /** The words after the change; empty: "vs last week" in the user's language. */
  comparisonLabel: string;
}

export const DEFAULT_KPI_CHANGE_OPTIONS: KpiChangeOptions = { better: 'up', comparisonRefId: '', comparisonLabel: '' };
