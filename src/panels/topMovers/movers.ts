import { MOVED_THRESHOLD, type SignalDef } from '../../catalog/signals';

/** What ranking needs of a signal: the labels a place is named by, which way is trouble, and its noise floor. */
export type RankedSignal = Pick<SignalDef, 'by' | 'worse' | 'floor'>;

export interface Sample {
  labels: Record<string, string>;
  value: number;
}

export interface Mover<S extends RankedSignal = SignalDef> {
  signal: S;
  /** The values of the signal's labels, e.g. { deployment: 'dep-b', route: '/api/search' }. */
  where: Record<string, string>;
  now: number;
  /** The value at the chosen baseline: same time last week or yesterday. */
  before?: number;
  /** The usual value over the last 26 hours. */
  usual?: number;
  /** Times worse than `before` and than `usual` (1 = unchanged); only the direction that means trouble counts. */
  againstBefore: number;
  againstUsual: number;
  /** The smaller of the two known changes: a mover must be worse than both last week and the last day. */
  score: number;
  moved: boolean;
}

export interface SignalReadings<S extends RankedSignal = SignalDef> {
  signal: S;
  now: Sample[];
  before: Sample[];
  usual: Sample[];
}

const key = (signal: RankedSignal, labels: Record<string, string>) =>
  signal.by.map((label) => labels[label] ?? '').join('\u0000');

const known = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);

/** How many times worse `now` is than `baseline`, counting only the direction that means trouble. */
export function timesWorse(signal: RankedSignal, now: number, baseline: number): number {
  const up = (now + signal.floor) / (baseline + signal.floor);
  switch (signal.worse) {
    case 'up':
      return Math.max(1, up);
    case 'down':
      return Math.max(1, 1 / up);
    case 'both':
      return Math.max(up, 1 / up);
  }
}

/**
 * Needing both baselines keeps a weekly rhythm, or a bad hour at the baseline, from looking like a change;
 * with one baseline missing (a new place, a gap in the data) the other decides.
 */
function scoreOf(signal: RankedSignal, now: number, before?: number, usual?: number) {
  const againstBefore = known(before) ? timesWorse(signal, now, before) : undefined;
  const againstUsual = known(usual) ? timesWorse(signal, now, usual) : undefined;
  const changes = [againstBefore, againstUsual].filter(known);
  return {
    againstBefore: againstBefore ?? 1,
    againstUsual: againstUsual ?? 1,
    score: changes.length ? Math.min(...changes) : 1,
  };
}

/** Every signal value set against its baselines, worst first. */
export function rankMovers<S extends RankedSignal>(readings: Array<SignalReadings<S>>): Array<Mover<S>> {
  return readings
    .flatMap(({ signal, now, before, usual }) => {
      const byPlace = (samples: Sample[]) =>
        new Map(samples.map((sample) => [key(signal, sample.labels), sample.value]));
      const beforeAt = byPlace(before);
      const usualAt = byPlace(usual);
      return now
        .filter((sample) => Number.isFinite(sample.value))
        .map((sample) => {
          const place = key(signal, sample.labels);
          const previous = beforeAt.get(place);
          const typical = usualAt.get(place);
          const scores = scoreOf(signal, sample.value, previous, typical);
          const where = Object.fromEntries(signal.by.map((label) => [label, sample.labels[label] ?? '']));
          return {
            signal,
            where,
            now: sample.value,
            before: previous,
            usual: typical,
            ...scores,
            moved: scores.score >= MOVED_THRESHOLD,
          };
        });
    })
    .sort((a, b) => b.score - a.score);
}
