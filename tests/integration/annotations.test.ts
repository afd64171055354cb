import {
  CONFIG_RELOADS_EXPR,
  FIRING_ALERTS_EXPR,
  FLAG_CHANGES_EXPR,
  JOB_FAILURES_EXPR,
  deploysExpr,
  partnerAlertsExpr,
  partnerDeploysExpr,
} from '../../src/queries/annotations';
import { CONTRACT_LABELS } from '../../src/queries/selector';
import { query } from '../stack/client';
import { stackInfo } from '../stack/fixture';

const { url, end } = stackInfo();
const HOUR = 3600;
const WEEK = 7 * 86400;

/** The markers an annotation layer draws at `time`: its series' labels, as "label=value" lists. */
async function markers(expr: string, time: number, labels: string[]) {
  const samples = await query(url, expr, time);
  return samples.map((s) => labels.map((label) => `${label}=${s.metric[label]}`).join(' ')).sort();
}

// The default scenario: a cache config reload on dep-c's gateway 6 hours before the end, recommendations switched on
// on dep-a 4 hours before, back end 2.15.0 deployed on dep-b 2 hours before, InPost's sync failing on dep-c for 5 hours.
describe('the annotation layers against the simulator’s Prometheus', () => {
  it('marks the deploy on its deployment in the minutes after it, and not later', async () => {
    expect(
      await markers(deploysExpr(CONTRACT_LABELS), end - 2 * HOUR + 120, ['deployment', 'service', 'version'])
    ).toEqual(['deployment=dep-b service=backend version=2.15.0']);
    expect(await markers(deploysExpr(CONTRACT_LABELS), end - 2 * HOUR + 15 * 60, ['deployment'])).toEqual([]);
  });

  it('marks the config reload and the feature flag switch where they happened', async () => {
    expect(await markers(CONFIG_RELOADS_EXPR, end - 6 * HOUR + 60, ['deployment', 'service'])).toEqual([
      'deployment=dep-c service=gateway',
    ]);
    expect(await markers(FLAG_CHANGES_EXPR, end - 4 * HOUR + 60, ['deployment', 'flag'])).toEqual([
      'deployment=dep-a flag=recommendations',
    ]);
  });

  it('marks the failing InPost sync runs, and no job failure in the calm week', async () => {
    expect(await markers(JOB_FAILURES_EXPR, end - HOUR, ['deployment', 'job'])).toEqual([
      'deployment=dep-c job=inpost_status_sync',
    ]);
    for (let t = end - WEEK - 6 * HOUR; t <= end - WEEK; t += 10 * 60) {
      expect(await markers(JOB_FAILURES_EXPR, t, ['job'])).toEqual([]);
    }
  });

  it('shows a partner only the deploys of its own deployment', async () => {
    const at = end - 2 * HOUR + 120;
    expect(await markers(partnerDeploysExpr('sportowo', CONTRACT_LABELS), at, ['deployment', 'version'])).toEqual([
      'deployment=dep-b version=2.15.0',
    ]);
    expect(await markers(partnerDeploysExpr('kwiatex', CONTRACT_LABELS), at, ['deployment'])).toEqual([]);
    expect(await markers(partnerDeploysExpr('sportowo"} or vector(1) #', CONTRACT_LABELS), at, ['deployment'])).toEqual(
      []
    );
  });

  // Prometheus writes ALERTS only while it evaluates alerting rules, never over imported history: which alerts the
  // layers show is tested by promtool on the rules' own ALERTS series (rules/tests/annotations.test.yaml).
  it('reads Prometheus’s own alert series, for the whole shop and for one partner', async () => {
    // The stack holds the alerts Prometheus would have raised over the history (see alertHistory.ts).
    const shop = await query(url, FIRING_ALERTS_EXPR, end);
    expect(shop.map((alert) => alert.metric.alertname)).toEqual(expect.arrayContaining(['DeadMansSwitch']));
    const sportowo = await query(url, partnerAlertsExpr('sportowo', CONTRACT_LABELS), end);
    expect(sportowo.length).toBeGreaterThan(0);
    expect(sportowo.length).toBeLessThan(shop.length);
    // Its own alerts, and those of the places it runs on (dep-b) that name no partner: never a neighbour's.
    for (const alert of sportowo) {
      expect(alert.metric.alertstate).toBe('firing');
      expect(alert.metric.tenant ?? '').toMatch(/^(sportowo)?$/);
      expect(alert.metric.tenant || alert.metric.deployment).toBeTruthy();
    }
    expect(sportowo.filter((alert) => !alert.metric.tenant).every((alert) => alert.metric.deployment === 'dep-b')).toBe(
      true
    );
  });
});
