import { buildsExpr, configReloadsExpr } from '../../src/queries/changes';
import { signalExpr } from '../../src/queries/signals';
import { checkChange, findChanges } from '../../src/pages/WhatChanged/changes';
import { CHANGE_CHECK_SIGNALS } from '../../src/pages/WhatChanged/queries';
import { queryRange } from '../stack/client';
import { stackInfo } from '../stack/fixture';

const { url, end } = stackInfo();
const HOURS_6 = 6 * 3600;
const WEEK = 7 * 86400;

/** The changes list as the page builds it, over the `seconds` before `to`, in the page's 360 points. */
async function changesBefore(to: number, filters = {}, seconds = HOURS_6) {
  const from = to - seconds;
  const range = (expr: string) => queryRange(url, expr, from, to, seconds / 360);
  const [builds, reloads, ...readings] = await Promise.all([
    range(buildsExpr(filters)),
    range(configReloadsExpr(filters)),
    ...CHANGE_CHECK_SIGNALS.map((signal) => range(signalExpr(signal, '5m', filters))),
  ]);
  const checked = CHANGE_CHECK_SIGNALS.map((signal, i) => ({ signal, series: readings[i] }));
  return findChanges(builds, reloads, from * 1000).map((change) => checkChange(change, checked));
}

describe('the changes list against the simulator’s Prometheus', () => {
  // The default scenario deploys back end 2.15.0 on dep-b two hours before the end, which breaks search there,
  // and reloads dep-c's gateway config (a cache setting) six hours before the end.
  it('lists the deploy that broke search, flags it and names the route, newest first', async () => {
    const changes = await changesBefore(end);
    const deploy = changes.find((change) => change.kind === 'deploy')!;
    expect(changes[0]).toBe(deploy);
    expect(deploy).toMatchObject({ deployment: 'dep-b', service: 'backend', version: '2.15.0', suspect: true });
    expect(deploy.previousVersion).toMatch(/^2\.14\./);
    expect(Math.abs(deploy.at / 1000 - (end - 2 * 3600))).toBeLessThanOrEqual(60);
    expect(deploy.worst?.route).toBe('/api/search');
    expect(changes.filter((change) => change.kind === 'deploy')).toHaveLength(1);
  });

  it.each([
    ['6 hours', HOURS_6],
    ['7 days', WEEK],
  ])(
    'lists the 2.15.0 deploy on dep-b once over %s, not again as the reload its restart caused',
    async (_, seconds) => {
      const changes = await changesBefore(end, {}, seconds);
      const onBackend = changes.filter((change) => change.deployment === 'dep-b' && change.service === 'backend');
      expect(onBackend.map((change) => `${change.kind} ${change.version}`)).toEqual(['deploy 2.15.0']);
      // The gateway config change on dep-c stays: it came with no deploy.
      expect(changes.some((change) => change.kind === 'config' && change.deployment === 'dep-c')).toBe(true);
    }
  );

  it('finds no suspect change in the calm week before', async () => {
    const changes = await changesBefore(end - WEEK);
    expect(changes.filter((change) => change.suspect)).toEqual([]);
  });

  it('narrows builds and reloads to a deployment and service, and never widens on hostile names', async () => {
    const onDepA = await changesBefore(end, { deployment: 'dep-a', service: 'backend' });
    expect(onDepA.filter((change) => change.kind === 'deploy')).toEqual([]);
    const hostile = await queryRange(
      url,
      buildsExpr({ deployment: 'dep-b"} or vector(1) #', service: '.*' }),
      end - 3600,
      end,
      60
    );
    expect(hostile).toEqual([]);
  });
});
