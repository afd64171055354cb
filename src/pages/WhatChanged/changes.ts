import { MOVED_THRESHOLD, type SignalDef } from '../../catalog/signals';
import { timesWorse } from '../../panels/topMovers/movers';

/** A series of a range query: its labels and its points (times in milliseconds). */
export interface Points {
  labels: Record<string, string>;
  times: number[];
  values: number[];
}

export interface Change {
  kind: 'deploy' | 'config';
  /** Milliseconds. */
  at: number;
  deployment: string;
  service: string;
  version?: string;
  previousVersion?: string;
}

export interface ChangeCheck extends Change {
  /** The route whose errors or latency got most times worse in the hour after the change than in the hour before. */
  worst?: { signal: SignalDef; route: string; before: number; after: number; times: number };
  suspect: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const last = (values: number[]) => values[values.length - 1];
const samePlace = (a: Partial<Record<'deployment' | 'service', string>>, b: Change) =>
  a.deployment === b.deployment && a.service === b.service;

/** The range query's step: a build series is first seen up to one step after the version started. */
function stepOf(builds: Points[]): number {
  let step = Infinity;
  for (const { times } of builds) {
    for (let i = 1; i < times.length; i++) {
      step = Math.min(step, times[i] - times[i - 1]);
    }
  }
  return Number.isFinite(step) ? step : MINUTE;
}

/**
 * A deploy restarts the service, which loads its configuration on start: a reload of the same place from one step
 * before the deploy's first point to a minute after it is that deploy, not a change of its own.
 */
function reloadOfDeploy(reload: Change, deploys: Change[], step: number): boolean {
  return deploys.some(
    (deploy) => samePlace(reload, deploy) && reload.at >= deploy.at - step - MINUTE && reload.at <= deploy.at + MINUTE
  );
}

/**
 * The deploys and config reloads inside the range, newest first, each change once. A build series that starts after
 * the earliest point of all builds is a deploy (the range's first points stand for "already running"); the version it
 * replaced is the series of the same place that began last before it (it may outlive the deploy by Prometheus's
 * 5-minute lookback).
 */
export function findChanges(builds: Points[], reloads: Points[], from: number): Change[] {
  const running = builds.filter((build) => build.times.length > 0);
  const rangeStart = Math.min(...running.map((build) => build.times[0]));
  const deploys: Change[] = running
    .filter((build) => build.times[0] > rangeStart)
    .map((build) => {
      const change: Change = {
        kind: 'deploy',
        at: build.times[0],
        deployment: build.labels.deployment ?? '',
        service: build.labels.service ?? '',
        version: build.labels.version,
      };
      const replaced = running
        .filter((other) => samePlace(other.labels, change) && other.times[0] < change.at)
        .sort((a, b) => b.times[0] - a.times[0])[0];
      return { ...change, previousVersion: replaced?.labels.version };
    });
  const configs: Change[] = reloads.flatMap((reload) => {
    const at = last(reload.values) * 1000;
    return Number.isFinite(at) && at >= from
      ? [
          {
            kind: 'config' as const,
            at,
            deployment: reload.labels.deployment ?? '',
            service: reload.labels.service ?? '',
          },
        ]
      : [];
  });
  const step = stepOf(running);
  const reloadsOnTheirOwn = configs.filter((config) => !reloadOfDeploy(config, deploys, step));
  return [...deploys, ...reloadsOnTheirOwn].sort((a, b) => b.at - a.at);
}

function meanBetween(points: Points, start: number, end: number): number | undefined {
  const inside = points.values.filter(
    (value, i) => points.times[i] >= start && points.times[i] < end && Number.isFinite(value)
  );
  return inside.length ? inside.reduce((sum, value) => sum + value, 0) / inside.length : undefined;
}

/**
 * The faulty-deploy check: each route of the change's deployment, the hour after against the hour before, for each
 * signal given (errors, latency). The contract has no version label on requests, so "before" stands for the old
 * version and "after" for the new one; a change less than an hour old is judged on the minutes it has.
 */
export function checkChange(change: Change, readings: Array<{ signal: SignalDef; series: Points[] }>): ChangeCheck {
  let worst: ChangeCheck['worst'];
  for (const { signal, series } of readings) {
    for (const points of series.filter((candidate) => candidate.labels.deployment === change.deployment)) {
      const before = meanBetween(points, change.at - HOUR, change.at);
      const after = meanBetween(points, change.at, change.at + HOUR);
      if (before === undefined || after === undefined) {
        continue;
      }
      const times = timesWorse(signal, after, before);
      if (!worst || times > worst.times) {
        worst = { signal, route: points.labels.route ?? '', before, after, times };
      }
    }
  }
  return { ...change, worst, suspect: (worst?.times ?? 1) >= MOVED_THRESHOLD };
}
