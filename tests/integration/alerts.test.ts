import { ALERTS, type AlertDef } from '../../src/catalog/alerts';
import { parseDuration } from '../../simulator/time';
import { query } from '../stack/client';
import { stackInfo } from '../stack/fixture';
import { expandRecords } from './expandRecords';
import { alertExpr } from '../../src/queries/alerts';

const { url, end } = stackInfo();
const HOUR = 3600;

/** Firing alerts at t: an alert fires when its expression holds at t and `for` earlier (two looks, enough for steady incidents). */
async function firingAt(t: number): Promise<string[]> {
  const firing: string[] = [];
  for (const alert of ALERTS) {
    const expr = expandRecords(alertExpr(alert));
    const hold = parseDuration(alert.for) ?? 0;
    const [now, before] = await Promise.all([query(url, expr, t), query(url, expr, t - hold)]);
    for (const sample of now) {
      const where = alert.where.map((label) => `${label}=${sample.metric[label]}`).join(',');
      if (before.some((b) => alert.where.every((label) => b.metric[label] === sample.metric[label]))) {
        firing.push(`${alert.id}{${where}}`);
      }
    }
  }
  return firing.sort();
}

const always = ['DeadMansSwitch{}'];
// bobasek's certificate expires 9 days after the end of history: under 14 days for the whole last 5 days.
const certificate = 'CertificateExpiringSoon{tenant=bobasek,instance=https://bobasek.example}';
// Last night (01:00 and 03:00 Warsaw, 17-19 hours before the end) the fraud check did not run and index maintenance failed.
const lastNight = [
  'FraudCheckNotFinished{deployment=dep-a}',
  'FraudCheckNotFinished{deployment=dep-b}',
  'FraudCheckNotFinished{deployment=dep-c}',
  'IndexMaintenanceNotRun{deployment=dep-a}',
];
const expected = (alerts: string[]) => [...always, ...alerts].sort();
const byId = (id: string): AlertDef => ALERTS.find((a) => a.id === id)!;

describe('the alert templates against the default scenario', () => {
  it('knows every alert it expects', () => {
    [
      'PaymentMethodFailing',
      'DependencyFailing',
      'QueueWithoutConsumers',
      'InPostStatusSyncStale',
      'FraudCheckNotFinished',
    ].forEach((id) => expect(byId(id)).toBeDefined());
  });

  it('fires for BLIK timing out, and nothing else, at now-25h', async () => {
    expect(await firingAt(end - 25 * HOUR)).toEqual(
      expected([
        certificate,
        'PaymentMethodFailing{method=blik}',
        'DependencyFailing{deployment=dep-a,dependency=blik}',
        'DependencyFailing{deployment=dep-b,dependency=blik}',
        'DependencyFailing{deployment=dep-c,dependency=blik}',
      ])
    );
  });

  it("fires for the e-mail queue nobody reads on dep-a at now-9h, with last night's job failures still open", async () => {
    expect(await firingAt(end - 9 * HOUR)).toEqual(
      expected([certificate, ...lastNight, 'QueueWithoutConsumers{deployment=dep-a,queue=emails}'])
    );
  });

  it('fires for the stalled InPost sync on dep-c, the missed fraud check, failed index maintenance and the expiring certificate at the end', async () => {
    expect(await firingAt(end)).toEqual(
      expected([
        certificate,
        ...lastNight,
        'DependencyFailing{deployment=dep-c,dependency=inpost_api}',
        'InPostStatusSyncStale{deployment=dep-c}',
      ])
    );
  });

  it('keeps quiet through the calm week before, apart from the heartbeat', async () => {
    for (let t = end - 7 * 24 * HOUR - 12 * HOUR; t <= end - 6 * 24 * HOUR; t += 3 * HOUR) {
      expect({ at: new Date(t * 1000).toISOString(), firing: await firingAt(t) }).toEqual({
        at: new Date(t * 1000).toISOString(),
        firing: always,
      });
    }
  });
});
