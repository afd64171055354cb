import { ALERTS, ALERTS_SERIES } from '../../src/catalog/alerts';
import { query } from '../stack/client';
import { stackInfo } from '../stack/fixture';
import { activityOfEpisodes, activityRowsAt, firingEpisodes, shownActivity } from './alertHistory';

// Needs the fixture's alert history: `alertHistory` in FIXTURE (tests/stack/fixture.ts).
const { url, end } = stackInfo();
const HOUR = 3600;

/** What the page says fires (or waits) at `t`: `Alert{where}` per instance. */
async function activeAt(t: number): Promise<string[]> {
  const rows = await activityRowsAt(url, t);
  return rows
    .filter((row) => row.now !== 'quiet')
    .flatMap((row) =>
      (row.instances.length ? row.instances : ['']).map((where) => `${row.alert.id}{${where}}/${row.now}`)
    )
    .sort();
}

const firing = (alerts: string[]) => ['DeadMansSwitch{}', ...alerts].map((alert) => `${alert}/firing`).sort();
const certificate = 'CertificateExpiringSoon{bobasek · https://bobasek.example}';
const lastNight = [
  'FraudCheckNotFinished{dep-a}',
  'FraudCheckNotFinished{dep-b}',
  'FraudCheckNotFinished{dep-c}',
  'IndexMaintenanceNotRun{dep-a}',
];

describe("the Alerts page's activity over the default scenario's alert history", () => {
  beforeAll(async () => {
    if ((await query(url, `count(${ALERTS_SERIES})`, end)).length === 0) {
      throw new Error('The test Prometheus holds no ALERTS: FIXTURE (tests/stack/fixture.ts) needs its alertHistory');
    }
  });

  it('shows BLIK failing everywhere as firing during the outage, at now-25h', async () => {
    expect(await activeAt(end - 25 * HOUR)).toEqual(
      firing([
        certificate,
        'PaymentMethodFailing{blik}',
        'DependencyFailing{dep-a · blik}',
        'DependencyFailing{dep-b · blik}',
        'DependencyFailing{dep-c · blik}',
      ])
    );
  });

  it("shows the e-mail queue nobody reads on dep-a at now-9h, with last night's failed jobs", async () => {
    expect(await activeAt(end - 9 * HOUR)).toEqual(
      firing([certificate, ...lastNight, 'QueueWithoutConsumers{dep-a · emails}'])
    );
  });

  it('shows the stalled InPost sync on dep-c and the open job failures at the end', async () => {
    expect(await activeAt(end)).toEqual(
      firing([certificate, ...lastNight, 'DependencyFailing{dep-c · inpost_api}', 'InPostStatusSyncStale{dep-c}'])
    );
  });

  it('shows only the heartbeat firing through the calm week', async () => {
    for (let t = end - 7 * 24 * HOUR - 12 * HOUR; t <= end - 6 * 24 * HOUR; t += 3 * HOUR) {
      expect({ at: new Date(t * 1000).toISOString(), active: await activeAt(t) }).toEqual({
        at: new Date(t * 1000).toISOString(),
        active: firing([]),
      });
    }
  });

  it('counts the firings, their time and the flapping as the ALERTS samples promtool wrote say', async () => {
    const rows = await activityRowsAt(url, end);
    const episodes = await firingEpisodes(url, end, 30 * 24 * HOUR);
    expect(rows.map(shownActivity)).toEqual(rows.map(({ alert }) => activityOfEpisodes(alert.id, episodes)));
    const fired = rows.filter((row) => row.everFired).map((row) => row.alert.id);
    expect(fired.sort()).toEqual(
      [
        'CertificateExpiringSoon',
        'DeadMansSwitch',
        'DependencyFailing',
        'FraudCheckNotFinished',
        'InPostStatusSyncStale',
        'IndexMaintenanceNotRun',
        'PaymentMethodFailing',
        'QueueWithoutConsumers',
      ].sort()
    );
    expect(rows).toHaveLength(ALERTS.length);
  });
});
