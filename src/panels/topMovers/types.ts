import type { SignalDef } from '../../catalog/signals';

/** The "Top movers" panel's options; the defaults work for queries A (now), B (baseline) and C (usual). */
export interface TopMoversOptions {
  nowRefId: string;
  baselineRefId: string;
  /** Empty: places are judged against the baseline only. */
  usualRefId: string;
  worse: SignalDef['worse'];
  floor: number;
  /** `label=variable` pairs, comma-separated: what a click on a row sets. */
  variables: string;
  shown: number;
}

export const DEFAULT_TOP_MOVERS_OPTIONS: TopMoversOptions = {
  nowRefId: 'A',
  baselineRefId: 'B',
  usualRefId: 'C',
  worse: 'up',
  floor: 0,
  variables: 'tenant=partner, deployment=deployment, service=service',
  shown: 15,
};

/** `tenant=partner, deployment` → { tenant: 'partner', deployment: 'deployment' }. */
export function parseVariables(pairs: string): Record<string, string> {
  return Object.fromEntries(
    pairs
      .split(',')
      .map((pair) => pair.split('=').map((part) => part.trim()))
      .filter(([label]) => label)
      .map(([label, variable]) => [label, variable || label])
  );
}
