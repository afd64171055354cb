import { MOVED_THRESHOLD, type SignalDef } from '../../catalog/signals';

export interface Sample {
  labels: Record<string, string>;
  value: number;
}

export interface Mover {
  signal: SignalDef;
  /** The values of the signal's labels, e.g. { deployment: 'dep-b', route: '/api/search' }. */
  where: Record<string, string>;
  now: number;
  before?: number;
  /** How many times worse than the baseline (1 = unchanged); only the direction that means trouble counts. */
  score: number;
  moved: boolean;
}

const key = (signal: SignalDef, labels: Record<string, string>) =>
  signal.by.map((label) => labels[label] ?? '').join('\u0000');

function scoreOf(signal: SignalDef, now: number, before: number | undefined): number {
  if (before === undefined || !Number.isFinite(now) || !Number.isFinite(before)) {
    return 1;
  }
  const up = (now + signal.floor) / (before + signal.floor);
  switch (signal.worse) {
    case 'up':
      return Math.max(1, up);
    case 'down':
      return Math.max(1, 1 / up);
    case 'both':
      return Math.max(up, 1 / up);
  }
}

/** Every signal value set against its baseline, worst first. */
export function rankMovers(results: Array<{ signal: SignalDef; now: Sample[]; before: Sample[] }>): Mover[] {
  return results
    .flatMap(({ signal, now, before }) => {
      const baseline = new Map(before.map((sample) => [key(signal, sample.labels), sample.value]));
      return now
        .filter((sample) => Number.isFinite(sample.value))
        .map((sample) => {
          const previous = baseline.get(key(signal, sample.labels));
          const score = scoreOf(signal, sample.value, previous);
          const where = Object.fromEntries(signal.by.map((label) => [label, sample.labels[label] ?? '']));
          return { signal, where, now: sample.value, before: previous, score, moved: score >= MOVED_THRESHOLD };
        });
    })
    .sort((a, b) => b.score - a.score);
}
