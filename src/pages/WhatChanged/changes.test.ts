import { SIGNALS } from '../../catalog/signals';
import { checkChange, findChanges, type Points } from './changes';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-24T13:00:00Z');
const minutes = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => T0 + (from + i) * MINUTE);
const series = (
  labels: Record<string, string>,
  from: number,
  to: number,
  value: (minute: number) => number
): Points => ({
  labels,
  times: minutes(from, to),
  values: minutes(from, to).map((time) => value((time - T0) / MINUTE)),
});
const build = (deployment: string, service: string, version: string, from: number, to: number) =>
  series({ deployment, service, version }, from, to, () => 1);
const errorRatio = SIGNALS.find((signal) => signal.id === 'error_ratio')!;
const latency = SIGNALS.find((signal) => signal.id === 'latency_p95')!;

describe('the changes in the range', () => {
  const builds = [
    build('dep-a', 'backend', '2.14.2', 0, 360),
    // Prometheus still answers with the old version for up to 5 minutes after the deploy.
    build('dep-b', 'backend', '2.14.2', 0, 245),
    build('dep-b', 'backend', '2.15.0', 240, 360),
    build('dep-b', 'frontend', '4.2.0', 0, 360),
  ];

  it('lists a version that appears inside the range as a deploy, with the version it replaced', () => {
    expect(findChanges(builds, [], T0)).toEqual([
      {
        kind: 'deploy',
        at: T0 + 240 * MINUTE,
        deployment: 'dep-b',
        service: 'backend',
        version: '2.15.0',
        previousVersion: '2.14.2',
      },
    ]);
  });

  it('adds config reloads inside the range and puts the newest first', () => {
    const reloads = [
      series({ deployment: 'dep-c', service: 'gateway' }, 0, 360, (m) =>
        m < 300 ? T0 / 1000 - 86400 : (T0 + 300 * MINUTE) / 1000
      ),
      series({ deployment: 'dep-a', service: 'gateway' }, 0, 360, () => T0 / 1000 - 86400),
    ];
    expect(
      findChanges(builds, reloads, T0).map((change) => `${change.kind} ${change.deployment} ${change.service}`)
    ).toEqual(['config dep-c gateway', 'deploy dep-b backend']);
  });

  it('lists a deploy once, without the config reload its restart caused', () => {
    // The service loaded its configuration when the new version started, just before its first point.
    const restart = (T0 + 240 * MINUTE - 20_000) / 1000;
    const reloads = [
      series({ deployment: 'dep-b', service: 'backend' }, 0, 360, (m) => (m < 240 ? T0 / 1000 - 86400 : restart)),
      // A reload of the same service a while later is a change of its own.
      series({ deployment: 'dep-b', service: 'frontend' }, 0, 360, (m) => (m < 240 ? T0 / 1000 - 86400 : restart)),
    ];
    expect(
      findChanges(builds, reloads, T0).map((change) => `${change.kind} ${change.deployment} ${change.service}`)
    ).toEqual(['deploy dep-b backend', 'config dep-b frontend']);
    const later = [
      series({ deployment: 'dep-b', service: 'backend' }, 0, 360, (m) =>
        m < 300 ? restart : (T0 + 300 * MINUTE) / 1000
      ),
    ];
    expect(findChanges(builds, later, T0).map((change) => change.kind)).toEqual(['config', 'deploy']);
  });

  it('recognises the reload of a deploy over a long range, where points are half an hour apart', () => {
    const step = 28 * MINUTE;
    const every = (from: number, to: number) =>
      Array.from({ length: Math.floor((to - from) / step) }, (_, i) => from + i * step);
    const coarse = (labels: Record<string, string>, times: number[], value: (time: number) => number): Points => ({
      labels,
      times,
      values: times.map(value),
    });
    const deployedAt = T0 + 100 * step + 8 * MINUTE;
    const times = every(T0, T0 + 360 * step);
    const changes = findChanges(
      [
        coarse(
          { deployment: 'dep-b', service: 'backend', version: '1' },
          times.filter((t) => t < deployedAt),
          () => 1
        ),
        coarse(
          { deployment: 'dep-b', service: 'backend', version: '2' },
          times.filter((t) => t >= deployedAt),
          () => 1
        ),
      ],
      [
        coarse({ deployment: 'dep-b', service: 'backend' }, times, (t) =>
          t < deployedAt ? T0 / 1000 - 86400 : deployedAt / 1000
        ),
      ],
      T0
    );
    expect(changes.map((change) => `${change.kind} ${change.version}`)).toEqual(['deploy 2']);
  });

  it('finds nothing when every version ran through the whole range', () => {
    expect(findChanges([builds[0], builds[3]], [], T0)).toEqual([]);
  });
});

describe('the faulty-deploy check', () => {
  const deploy = findChanges(
    [
      build('dep-b', 'backend', '2.14.2', 0, 240),
      build('dep-b', 'backend', '2.15.0', 240, 360),
      build('dep-a', 'backend', '1', 0, 360),
    ],
    [],
    T0
  )[0];

  it('flags the route that got worse in the hour after the deploy, only on the deployment it went to', () => {
    const errors = [
      series({ deployment: 'dep-b', route: '/api/search' }, 0, 360, (m) => (m < 240 ? 0.002 : 0.08)),
      series({ deployment: 'dep-b', route: '/api/cart' }, 0, 360, () => 0.002),
      series({ deployment: 'dep-a', route: '/api/cart' }, 0, 360, (m) => (m < 240 ? 0 : 0.5)),
    ];
    const check = checkChange(deploy, [
      { signal: errorRatio, series: errors },
      { signal: latency, series: [series({ deployment: 'dep-b', route: '/api/search' }, 0, 360, () => 0.1)] },
    ]);
    expect(check.suspect).toBe(true);
    expect(check.worst).toMatchObject({ signal: errorRatio, route: '/api/search' });
    expect(check.worst!.before).toBeCloseTo(0.002, 9);
    expect(check.worst!.after).toBeCloseTo(0.08, 9);
    expect(check.worst!.times).toBeCloseTo(0.09 / 0.012, 5);
  });

  it('calls a deploy fine when nothing got twice as bad, and says so when there was no traffic to judge', () => {
    const calm = [series({ deployment: 'dep-b', route: '/api/search' }, 0, 360, (m) => (m < 240 ? 0.1 : 0.14))];
    const fine = checkChange(deploy, [{ signal: latency, series: calm }]);
    expect(fine.suspect).toBe(false);
    expect(fine.worst!.times).toBeCloseTo(0.19 / 0.15, 5);
    const quiet = checkChange(deploy, [
      { signal: latency, series: [series({ deployment: 'dep-b', route: '/' }, 0, 200, () => 0.1)] },
    ]);
    expect(quiet.worst).toBeUndefined();
    expect(quiet.suspect).toBe(false);
  });
});
