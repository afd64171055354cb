import { ALERTS_SERIES, GRAFANA_ALERTS_SERIES, GRAFANA_STATE_LABEL } from '../../src/catalog/alerts';
import { ALERT_RULE_FILES } from '../../simulator/prometheus/alertHistory';
import { query } from '../stack/client';
import { FIXTURE } from '../stack/fixture';
import { type TestStack, startTestStack } from '../stack/prometheus';
import { activityOfEpisodes, activityRowsAt, firingEpisodes, shownActivity } from './alertHistory';

const DAY = 86400;

/**
 * The templates installed into Grafana instead of Prometheus: no ALERTS, but the GRAFANA_ALERTS Grafana writes to the
 * data source when its alert state history goes there. Two days of the default scenario up to its incident, in a
 * Prometheus of their own, with the alerts Grafana would have written for the same rules.
 */
describe('the Alerts page’s activity from Grafana’s alert state history', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      ...FIXTURE,
      days: 2,
      alertHistory: { ruleFiles: ALERT_RULE_FILES, lastDays: 2, series: GRAFANA_ALERTS_SERIES },
    });
  }, 600_000);
  afterAll(async () => stack?.stop());

  it('counts the firings, their time and the flapping as the GRAFANA_ALERTS samples say, with no ALERTS at all', async () => {
    expect(await query(stack.url, `count(${ALERTS_SERIES})`, stack.end)).toEqual([]);
    const states = await query(stack.url, `count by (${GRAFANA_STATE_LABEL}) (${GRAFANA_ALERTS_SERIES})`, stack.end);
    expect(states.map(({ metric }) => metric[GRAFANA_STATE_LABEL])).toContain('alerting');

    const rows = await activityRowsAt(stack.url, stack.end);
    const episodes = await firingEpisodes(stack.url, stack.end, 2 * DAY, GRAFANA_ALERTS_SERIES);
    expect(rows.map(shownActivity)).toEqual(rows.map(({ alert }) => activityOfEpisodes(alert.id, episodes)));
    // The BLIK outage of the day before, and last night's missed fraud check.
    const fired = rows.filter((row) => row.everFired).map((row) => row.alert.id);
    expect(fired).toEqual(expect.arrayContaining(['PaymentMethodFailing', 'FraudCheckNotFinished', 'DeadMansSwitch']));
    expect(rows.find((row) => row.alert.id === 'PaymentMethodFailing')!.firings).toBeGreaterThan(0);
  });
});
