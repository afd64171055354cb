import { ALERTS, ALERTS_SERIES, FLAP_STARTS_PER_HOUR } from '../../src/catalog/alerts';
import { activityRows } from '../../src/pages/Alerts/activity';
import { alertActivityQueries } from '../../src/queries/alertActivity';
import { CONTRACT_LABELS, contractLabels } from '../../src/queries/selector';
import { query } from '../stack/client';
import { stackInfo } from '../stack/fixture';
import { firingEpisodes } from './alertHistory';

// Needs the fixture's alert history: `alertHistory` in FIXTURE (tests/stack/fixture.ts).
const { url, end } = stackInfo();
const HOUR = 3600;

/** The Alerts page's rows at `t`, from the page's own queries. */
async function rowsAt(t: number) {
  const context = { filters: {}, resolution: '1h' as const, baseline: '1w', to: t, from: t - 30 * 24 * HOUR };
  const answers = await Promise.all(
    alertActivityQueries(context).map(async ({ refId, expr }) => {
      const samples = await query(url, expr, t);
      return [refId, samples.map(({ metric, value }) => ({ labels: contractLabels(metric, CONTRACT_LABELS), value }))];
    })
  );
  return activityRows(Object.fromEntries(answers));
}

/** What the page says fires (or waits) at `t`: `Alert{where}` per instance. */
async function activeAt(t: number): Promise<string[]> {
  const rows = await rowsAt(t);
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
    const rows = await rowsAt(end);
    const episodes = await firingEpisodes(url, end, 30 * 24 * HOUR);
    for (const row of rows) {
      const mine = episodes.filter((episode) => episode.alertname === row.alert.id);
      const expected = {
        id: row.alert.id,
        firings: mine.length,
        firingSeconds: mine.reduce((total, episode) => total + episode.samples * 60, 0),
        flapped: Math.max(0, ...mine.map((episode) => episode.startsInItsHour)) >= FLAP_STARTS_PER_HOUR,
      };
      expect({
        id: row.alert.id,
        firings: row.firings,
        firingSeconds: row.firingSeconds,
        flapped: row.flapped,
      }).toEqual(expected);
    }
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
