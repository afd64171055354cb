import { ALERTS, FLAP_STARTS_PER_HOUR, NOISIEST_COUNT } from '../../catalog/alerts';
import { ruleStatesOf } from '../../alerting/ruleStates';
import { ACTIVITY_REFS } from '../../queries/alertActivity';
import { CONTRACT_LABELS, type LabelNames, contractLabels } from '../../queries/selector';
import { type ActivityAnswers, activityRows, formatFiringTime, noiseOf } from './activity';

type Answer = [string, Record<string, string>, number];
const frame = (refId: string, labels: Record<string, string>, value: number): Answer => [refId, labels, value];

/** The answers as the page reads them: labels under the contract's names. */
function answersOf(answers: Answer[], names: LabelNames = CONTRACT_LABELS): ActivityAnswers {
  const byRef: ActivityAnswers = {};
  for (const [refId, labels, value] of answers) {
    byRef[refId] = [...(byRef[refId] ?? []), { labels: contractLabels(labels, names), value }];
  }
  return byRef;
}

const row = (rows: ReturnType<typeof activityRows>, id: string) => rows.find((r) => r.alert.id === id)!;

describe('the activity rows', () => {
  const frames = [
    frame(ACTIVITY_REFS.now, { alertname: 'DeadMansSwitch', alertstate: 'firing' }, 1),
    // A partner label renamed in the data source: shown under the contract's name.
    frame(ACTIVITY_REFS.now, { alertname: 'SlaBurnRate1h', alertstate: 'pending', partner: 'sportowo' }, 1),
    frame(
      ACTIVITY_REFS.now,
      { alertname: 'DependencyFailing', alertstate: 'pending', deployment: 'dep-a', dependency: 'blik' },
      1
    ),
    frame(
      ACTIVITY_REFS.now,
      { alertname: 'DependencyFailing', alertstate: 'firing', deployment: 'dep-a', dependency: 'blik' },
      1
    ),
    frame(ACTIVITY_REFS.firingSamples, { alertname: 'DependencyFailing' }, 300),
    frame(ACTIVITY_REFS.firings, { alertname: 'DependencyFailing' }, 4),
    frame(ACTIVITY_REFS.flaps, { alertname: 'DependencyFailing' }, FLAP_STARTS_PER_HOUR),
    frame(ACTIVITY_REFS.firingSamples, { alertname: 'DeadMansSwitch' }, 43200),
  ];
  const rows = activityRows(answersOf(frames, { tenantLabel: 'partner', deploymentLabel: 'deployment' }));

  it('has one row per alert template, in the catalog order', () => {
    expect(rows.map((r) => r.alert.id)).toEqual(ALERTS.map((alert) => alert.id));
  });

  it('says firing over pending when an instance shows both, with where it fires', () => {
    expect(row(rows, 'DependencyFailing')).toMatchObject({ now: 'firing', instances: ['dep-a · blik'] });
    expect(row(rows, 'SlaBurnRate1h')).toMatchObject({ now: 'pending', instances: ['sportowo'] });
    expect(row(rows, 'DatabaseDown')).toMatchObject({ now: 'quiet', instances: [], everFired: false, firings: 0 });
  });

  it('turns firing evaluations into time, and flags an alert that started often within an hour', () => {
    expect(row(rows, 'DependencyFailing')).toMatchObject({ firings: 4, firingSeconds: 300 * 60, flapped: true });
  });

  it('counts an alert firing since before the range as having fired once', () => {
    expect(row(rows, 'DeadMansSwitch')).toMatchObject({ firings: 1, everFired: true, firingSeconds: 30 * 86400 });
  });

  it('leaves the heartbeat out of the noise, and lists the alerts that never fired', () => {
    const noise = noiseOf(rows);
    expect(noise.noisiest.map((r) => r.alert.id)).toEqual(['DependencyFailing']);
    expect(noise.flapping.map((r) => r.alert.id)).toEqual(['DependencyFailing']);
    expect(noise.neverFired.map((r) => r.alert.id)).not.toContain('DeadMansSwitch');
    expect(noise.neverFired).toHaveLength(ALERTS.length - 2);
  });

  it('ranks the noisiest by firings, then by time, and keeps a few', () => {
    const many = ALERTS.map((alert, i) => [
      frame(ACTIVITY_REFS.firingSamples, { alertname: alert.id }, 10 + i),
      frame(ACTIVITY_REFS.firings, { alertname: alert.id }, i % 3),
    ]).flat();
    const noisiest = noiseOf(activityRows(answersOf(many))).noisiest;
    expect(noisiest).toHaveLength(NOISIEST_COUNT);
    expect(noisiest.map((r) => r.firings)).toEqual([2, 2, 2, 2, 2]);
    expect(noisiest[0].firingSeconds).toBeGreaterThan(noisiest[1].firingSeconds);
  });
});

describe("Grafana's rule states", () => {
  const answer = {
    status: 'success',
    data: {
      groups: [
        {
          name: 'shoppulse-alerts-phone',
          rules: [
            {
              name: 'PaymentMethodFailing',
              type: 'alerting',
              state: 'firing',
              alerts: [{ state: 'Alerting', labels: {} }],
            },
            { name: 'DatabaseDown', type: 'alerting', state: 'inactive', alerts: [] },
            { name: 'AllPaymentsFailing', type: 'alerting', state: 'pending', alerts: [{ state: 'Pending' }] },
            { name: 'SomebodyElses', type: 'alerting', state: 'firing', alerts: [{ state: 'Alerting' }] },
          ],
        },
      ],
    },
  };

  it("reads ShopPulse's rules by name, each instance's state included", () => {
    const states = ruleStatesOf(
      answer,
      ALERTS.map((alert) => alert.id)
    );
    expect([...states.keys()]).toEqual(['PaymentMethodFailing', 'DatabaseDown', 'AllPaymentsFailing']);
    expect(states.get('PaymentMethodFailing')).toEqual({ state: 'firing', firing: 1, pending: 0 });
    expect(states.get('DatabaseDown')?.state).toBe('quiet');
    expect(states.get('AllPaymentsFailing')?.state).toBe('pending');
  });
});

describe('firing time', () => {
  it('reads as hours and minutes, or days and hours from two days on', () => {
    expect(formatFiringTime(45 * 60)).toBe('45 min');
    expect(formatFiringTime(3 * 3600 + 5 * 60)).toBe('3 h 05 min');
    expect(formatFiringTime(47 * 3600 + 59 * 60)).toBe('47 h 59 min');
    expect(formatFiringTime(118 * 3600 + 59 * 60)).toBe('4 d 22 h');
  });
});
