/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SLA } from '../../src/catalog';
import { type MaintenanceWindow, checkedMaintenance, maintenanceProblems } from '../../src/catalog/maintenance';
import { requireBinary } from '../../simulator/prometheus/binaries';
import { slaRulesYaml } from '../../src/alerting/slaRuleFile';

/** promtool's series start at the epoch: hour `h` of a test. */
const hour = (h: number) => `1970-01-01T0${h}:00:00Z`;
const window = (scope: Partial<MaintenanceWindow>, from = 2, to = 4): MaintenanceWindow => ({
  ...scope,
  from: hour(from),
  to: hour(to),
  reason: 'database upgrade',
});
/** sportowo declared 02:00–04:00. */
const SPORTOWO_WINDOW = [window({ partner: 'sportowo' })];

const MINUTES = 8 * 60;
/**
 * 200 fast requests a minute for 8 hours. Calm: 4 server errors (2% bad, a budget of 1 - 0.02 / 0.05 = 0.6 left).
 * In the outage, hours [from, to): 160 server errors (80% bad, 16 times the budget's pace: above the phone pair's
 * 14.4, which 50% errors, 10 times, would not reach).
 */
function traffic(tenant: string, deployment: string, outage?: [number, number]) {
  const failed = (minute: number) => (outage && minute > outage[0] * 60 && minute <= outage[1] * 60 ? 160 : 4);
  const counter = (perMinute: (minute: number) => number) => {
    let total = 0;
    return Array.from({ length: MINUTES + 1 }, (_, minute) => (total += minute && perMinute(minute))).join(' ');
  };
  const series = (code: string, perMinute: (minute: number) => number) =>
    ['0.2', '+Inf'].map((le) => ({
      series: `${SLA.metric}_bucket{tenant="${tenant}",deployment="${deployment}",route="/api/search",code="${code}",le="${le}"}`,
      values: counter(perMinute),
    }));
  return [...series('2xx', (minute) => 200 - failed(minute)), ...series('5xx', failed)];
}

const rounded = (expr: string) => `round((${expr}) * 1e6) / 1e6`;
const at = (evalTime: string, expr: string, samples: Array<{ labels: string; value: number }> = []) => ({
  expr,
  eval_time: evalTime,
  exp_samples: samples,
});
const KWIATEX = '{tenant="kwiatex",deployment="dep-a"}';
const SPORTOWO = '{tenant="sportowo",deployment="dep-b"}';
const budget = (evalTime: string, values: Array<[string, number]>, tenant = '.+') =>
  at(
    evalTime,
    rounded(`shoppulse:sla_error_budget_remaining:ratio30d{tenant=~"${tenant}"}`),
    values.map(([labels, value]) => ({ labels, value }))
  );
/** No burn-rate alert (`alertname`), pending or firing, at `evalTime`. */
const noBurnAlert = (evalTime: string, tenant = '.+', alertname = 'SlaBurnRate.+') =>
  at(evalTime, `ALERTS{alertname=~"${alertname}",tenant=~"${tenant}"}`);
const firing = (evalTime: string, alertname: string, tenants: string[], tenant = '.+') =>
  at(
    evalTime,
    `count by (tenant) (ALERTS{alertstate="firing",alertname="${alertname}",tenant=~"${tenant}"})`,
    tenants.map((tenant) => ({ labels: `{tenant="${tenant}"}`, value: 1 }))
  );
/** The day's count of a record for kwiatex less sportowo's. */
const countGap = (evalTime: string, record: string, value: number) =>
  at(evalTime, rounded(`sum(${record}{tenant="kwiatex"}) - sum(${record}{tenant="sportowo"})`), [
    { labels: '{}', value },
  ]);
const failedCount = (tenant: string) =>
  rounded(
    `sum(shoppulse:sla_requests:count1d{tenant="${tenant}"} - shoppulse:sla_good_requests:count1d{tenant="${tenant}"})`
  );

/** Runs promtool's unit tests of the generated SLA rules (with the committed alert rules) over `tests`. */
function promtool(windows: MaintenanceWindow[], tests: object[]) {
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-maintenance-'));
  try {
    const sla = slaRulesYaml({}, windows);
    writeFileSync(join(dir, 'sla.rules.yaml'), sla);
    const alerts = join(process.cwd(), 'rules/shoppulse-alerts.rules.yaml');
    const groups = [sla, readFileSync(alerts, 'utf8')].flatMap((text) => parse(text).groups);
    const file = {
      rule_files: ['sla.rules.yaml', alerts],
      evaluation_interval: '1m',
      // Unordered, promtool runs groups due at one instant in random order: the budget would read the 5m rates of
      // that instant or not, and the alerts the records of the last minute or of this one.
      group_eval_order: groups.map((group: { name: string }) => group.name),
      tests: tests.map((test) => ({ interval: '1m', ...test })),
    };
    writeFileSync(join(dir, 'maintenance.test.yaml'), stringify(file, { lineWidth: 0 }));
    execFileSync(requireBinary('promtool'), ['test', 'rules', join(dir, 'maintenance.test.yaml')], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    // promtool says which expression got what: show it rather than "Command failed".
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(stdout === undefined ? String(error) : `${stdout}${stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The 5m rates whose range holds window time are left out: 02:00 to 04:04, 125 of them, each 5 minutes of 200
 * requests. So a partner's day counts 125 × 200 = 25 000 requests (125 × 196 = 24 500 good) fewer than a calm one's.
 * Over these 8 hours a calm partner's 5m rates, each read as one minute's, count 95 600 requests (the first four
 * rates, of a counter just started, hold 1 to 4 minutes), 1 912 of them failed.
 */
describe('SLA maintenance windows (promtool)', () => {
  it('spends no budget and fires no burn-rate alert for an outage inside a declared window', () => {
    promtool(SPORTOWO_WINDOW, [
      {
        input_series: [...traffic('kwiatex', 'dep-a'), ...traffic('sportowo', 'dep-b', [2, 4])],
        promql_expr_test: [
          at('3h', 'shoppulse:sla_maintenance:active', [
            { labels: 'shoppulse:sla_maintenance:active{tenant="sportowo"}', value: 1 },
          ]),
          at('4h', 'shoppulse:sla_maintenance:active'),
          // Inside the window sportowo has no burn rate at all; kwiatex burns its calm 0.02 / 0.05.
          at('3h', rounded('shoppulse:sla_burn_rate:ratio_rate5m'), [{ labels: KWIATEX, value: 0.4 }]),
          ...['2h30m', '3h', '4h', '4h5m', '5h', '8h'].map((t) => noBurnAlert(t)),
          // The 6h window over 02:00–08:00 reads sportowo's 5m rates outside the window: the calm 2% again.
          at('8h', rounded('shoppulse:sla_error_ratio:ratio_rate6h'), [
            { labels: KWIATEX, value: 0.02 },
            { labels: SPORTOWO, value: 0.02 },
          ]),
          budget('8h', [
            [KWIATEX, 0.6],
            [SPORTOWO, 0.6],
          ]),
          countGap('8h', 'shoppulse:sla_requests:count1d', 25000),
          countGap('8h', 'shoppulse:sla_good_requests:count1d', 24500),
        ],
      },
    ]);
  });

  it('spends the budget and pages for the same outage outside the window', () => {
    promtool(SPORTOWO_WINDOW, [
      {
        // The calm window still leaves its 25 000 requests out; the outage, 05:00–07:00, is counted in full.
        input_series: [...traffic('kwiatex', 'dep-a'), ...traffic('sportowo', 'dep-b', [5, 7])],
        promql_expr_test: [
          noBurnAlert('4h30m'),
          // The 1h rate passes 14.4 × 5% at 05:54 (54 outage minutes of 60), and the alert waits 2 minutes. (The mail
          // pairs, whose long windows hold only these hours, are already on their way.)
          noBurnAlert('5h50m', 'sportowo', 'SlaBurnRate1h'),
          firing('6h', 'SlaBurnRate1h', ['sportowo']),
          at('6h30m', rounded('shoppulse:sla_burn_rate:ratio_rate1h'), [
            { labels: KWIATEX, value: 0.4 },
            { labels: SPORTOWO, value: 16 },
          ]),
          // 120 minutes × 156 more failures = 18 720 failed, less the window's 125 × 4 = 500: 20 132 of 70 600.
          at('8h', failedCount('sportowo'), [{ labels: '{}', value: 20132 }]),
          countGap('8h', 'shoppulse:sla_requests:count1d', 25000),
          // 1 - (20 132 / 70 600) / 0.05: the budget is spent almost six times over.
          budget('8h', [
            [KWIATEX, 0.6],
            [SPORTOWO, -4.703116],
          ]),
        ],
      },
    ]);
  });

  it('leaves the other partner’s figures as they are without a window', () => {
    // Both partners fail 02:00–04:00; kwiatex, outside sportowo's window, reads the same with or without it:
    // 1 912 + 120 × 156 = 20 632 failed of 95 600, so 1 - (20 632 / 95 600) / 0.05 = -3.316318 of its budget left.
    const kwiatex = [
      firing('3h30m', 'SlaBurnRate1h', ['kwiatex'], 'kwiatex'),
      at('8h', failedCount('kwiatex'), [{ labels: '{}', value: 20632 }]),
      budget('8h', [[KWIATEX, -3.316318]], 'kwiatex'),
    ];
    const input_series = [...traffic('kwiatex', 'dep-a', [2, 4]), ...traffic('sportowo', 'dep-b', [2, 4])];
    promtool(SPORTOWO_WINDOW, [
      {
        input_series,
        promql_expr_test: [...kwiatex, noBurnAlert('3h30m', 'sportowo'), budget('8h', [[SPORTOWO, 0.6]], 'sportowo')],
      },
    ]);
    promtool([], [{ input_series, promql_expr_test: kwiatex }]);
  });

  it('matches a window by deployment, or by partner and deployment together', () => {
    promtool(
      [
        window({ deployment: 'dep-b' }),
        window({ partner: 'kwiatex', deployment: 'dep-a' }),
        // lasek's outage is on dep-c: a window on another of its deployments leaves it counted.
        window({ partner: 'lasek', deployment: 'dep-x' }),
      ],
      [
        {
          input_series: ['kwiatex/dep-a', 'sportowo/dep-b', 'lasek/dep-c'].flatMap((where) => {
            const [tenant, deployment] = where.split('/');
            return traffic(tenant, deployment, [2, 4]);
          }),
          promql_expr_test: [
            firing('3h30m', 'SlaBurnRate1h', ['lasek']),
            noBurnAlert('3h30m', 'kwiatex|sportowo'),
            budget('8h', [
              [KWIATEX, 0.6],
              [SPORTOWO, 0.6],
              ['{tenant="lasek",deployment="dep-c"}', -3.316318],
            ]),
          ],
        },
      ]
    );
  });
});

describe('declared maintenance windows', () => {
  const base = { from: '2025-06-01T02:00:00Z', to: '2025-06-01T04:00:00Z', reason: 'database upgrade' };

  it('says what is wrong with a window the generator cannot use', () => {
    expect(maintenanceProblems([{ ...base, partner: 'kwiatex', from: '2025-06-01 02:00' }])).toEqual([
      'maintenance window 1 (kwiatex): from "2025-06-01 02:00" is not a UTC instant such as 2025-06-01T02:00:00Z',
    ]);
    expect(maintenanceProblems([{ ...base, deployment: 'dep-a', to: '2025-02-30T04:00:00Z' }])).toEqual([
      'maintenance window 1 (on dep-a): to "2025-02-30T04:00:00Z" is not a UTC instant such as 2025-06-01T02:00:00Z',
    ]);
    expect(
      maintenanceProblems([
        { ...base, partner: 'kwiatex' },
        { ...base, to: base.from, partner: 'a' },
      ])
    ).toEqual(['maintenance window 2 (a): to (2025-06-01T02:00:00Z) must be after from (2025-06-01T02:00:00Z)']);
    expect(maintenanceProblems([{ ...base, partner: 'kwiatex', to: '2025-06-01T02:00:30Z' }])).toEqual([
      'maintenance window 1 (kwiatex) is shorter than a minute, which the once-a-minute SLA rules may not see: ' +
        'make it a minute or more',
    ]);
    expect(maintenanceProblems([{ ...base, reason: ' ' }])).toEqual([
      'maintenance window 1 names neither a partner nor a deployment: give one or both',
      "maintenance window 1 gives no reason: say why, for the partner's report",
    ]);
    expect(maintenanceProblems([{ ...base, partner: '' }])).toEqual([
      'maintenance window 1 has an empty partner: name one, or leave the field out',
    ]);
    expect(() => checkedMaintenance([base])).toThrow(/Invalid maintenance windows \(src\/catalog\/maintenance.ts\)/);
    expect(() => slaRulesYaml({}, [base])).toThrow(/names neither a partner nor a deployment/);
  });

  it('takes any characters in a name, as the rule’s own labels rather than PromQL text', () => {
    const odd = { ...base, partner: 'kwi"at\\ex', deployment: 'dep-a{x="1"}|.*' };
    expect(maintenanceProblems([odd])).toEqual([]);
    const rules = parse(slaRulesYaml({}, [odd])).groups[0].rules;
    expect(rules[0]).toEqual({
      record: 'shoppulse:sla_maintenance:active',
      expr: 'vector(1) and on () (vector(time()) >= 1748743200 < 1748750400)',
      labels: { tenant: odd.partner, deployment: odd.deployment },
    });
  });

  it('adds nothing to the rules while no window is declared', () => {
    expect(slaRulesYaml({}, [])).not.toContain('maintenance');
  });
});
