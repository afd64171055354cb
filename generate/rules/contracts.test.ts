/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { SLA } from '../../src/catalog';
import { type Contracts, checkedContracts, contractProblems, errorBudgetOf } from '../../src/catalog/contracts';
import { perContract } from '../../src/queries/perContract';
import { selector } from '../../src/queries/selector';
import { requireBinary } from '../../simulator/prometheus/binaries';
import { slaRulesYaml } from '../../src/alerting/slaRuleFile';
import { slaAlerts } from '../../src/catalog/alerts/sla';
import { alertExprForContracts } from '../../src/queries/slaAlerts';

/** kwiatex signs 99% under 500 ms beside sportowo on the case's 95% under 200 ms. */
const CONTRACTS = { kwiatex: { target: 0.99, thresholdSeconds: 0.5 } };

/**
 * Both partners get the same traffic, 200 requests a minute: 192 answered under 0.2 s, 3 more under 0.5 s, 1 slower,
 * and 4 fast server errors. sportowo's good requests are the 192 (4% bad, 0.8 of its 5% budget per unit of time);
 * kwiatex's the 195 (2.5% bad, 2.5 times its 1% budget).
 */
function traffic(tenant: string, deployment: string) {
  const bucket = (code: string, le: string, perMinute: number) => ({
    series: `${SLA.metric}_bucket{tenant="${tenant}",deployment="${deployment}",route="/api/search",code="${code}",le="${le}"}`,
    values: `0+${perMinute}x420`,
  });
  return [
    bucket('2xx', '0.2', 192),
    bucket('2xx', '0.5', 195),
    bucket('2xx', '+Inf', 196),
    ...['0.2', '0.5', '+Inf'].map((le) => bucket('5xx', le, 4)),
  ];
}

const rounded = (expr: string) => `round(${expr} * 1e6) / 1e6`;

const at6h = (expr: string, samples: Array<{ labels: string; value: number }>) => ({
  expr,
  eval_time: '6h',
  exp_samples: samples,
});
const partners = (kwiatex: number, sportowo: number) => [
  { labels: '{tenant="kwiatex",deployment="dep-a"}', value: kwiatex },
  { labels: '{tenant="sportowo",deployment="dep-b"}', value: sportowo },
];

/** Runs `promtool test rules` on a test of `ruleFiles` (name → content), written with them to a temporary folder. */
function promtoolTest(ruleFiles: Record<string, string>, test: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-contracts-'));
  try {
    Object.entries(ruleFiles).forEach(([name, content]) => writeFileSync(join(dir, name), content));
    writeFileSync(join(dir, 'contracts.test.yaml'), stringify(test, { lineWidth: 0 }));
    execFileSync(requireBinary('promtool'), ['test', 'rules', join(dir, 'contracts.test.yaml')], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('SLA contracts per partner', () => {
  it('says what is wrong with a contract the generator cannot use', () => {
    expect(contractProblems('kwiatex', { target: 95 })).toEqual([
      'kwiatex: the target must be a share between 0 and 1 (0.95 for 95%), not 95',
    ]);
    expect(contractProblems('kwiatex', { thresholdSeconds: 0.25 })[0]).toMatch(
      /kwiatex: a threshold of 0.25 s is not a bucket boundary of .+ \(0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2.5, 5 s\)/
    );
    expect(contractProblems('kwiatex', { timeZone: 'Europe/Warszawa' })).toEqual([
      'kwiatex: "Europe/Warszawa" is not a time zone (an IANA name such as Europe/Warsaw)',
    ]);
    expect(() => checkedContracts({ kwiatex: { thresholdSeconds: 0.25 } })).toThrow(/Invalid SLA contracts/);
    expect(contractProblems('kwiatex', CONTRACTS.kwiatex)).toEqual([]);
  });

  it('narrows each contract to its partners, their names escaped, and leaves the default alone without a matcher', () => {
    const burn = (contracts: Contracts) =>
      perContract(
        errorBudgetOf,
        (budget, partners) => `${selector('shoppulse:sla_error_ratio:ratio_rate1h', partners)} / ${budget}`,
        contracts
      );
    expect(burn({})).toBe('shoppulse:sla_error_ratio:ratio_rate1h / 0.05');
    // Two partners on one budget share a part; a contract equal to the default is the default's.
    expect(burn({ 'a.b|c': { target: 0.99 }, kwiatex: { target: 0.99 }, sportowo: { target: 0.95 } })).toBe(
      'shoppulse:sla_error_ratio:ratio_rate1h{tenant!~"a\\\\.b\\\\|c|kwiatex"} / 0.05 or ' +
        'shoppulse:sla_error_ratio:ratio_rate1h{tenant=~"a\\\\.b\\\\|c|kwiatex"} / 0.01'
    );
  });

  it('changes only the partner whose contract differs: its good requests, budget, burn rates and alerts (promtool)', () => {
    const test = {
      rule_files: ['sla.rules.yaml', join(process.cwd(), 'rules/shoppulse-alerts.rules.yaml')],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [...traffic('kwiatex', 'dep-a'), ...traffic('sportowo', 'dep-b')],
          promql_expr_test: [
            // kwiatex counts the 3 answers under 0.5 s as good; sportowo does not.
            at6h(rounded('shoppulse:sla_good_requests:rate1h'), partners(3.25, 3.2)),
            at6h(rounded('shoppulse:sla_error_ratio:ratio_rate1h'), partners(0.025, 0.04)),
            // 0.025 / 0.01 and 0.04 / 0.05: each partner's ratio over its own budget.
            at6h(rounded('shoppulse:sla_burn_rate:ratio_rate1h'), partners(2.5, 0.8)),
            at6h(rounded('shoppulse:sla_burn_rate:ratio_rate3d'), partners(2.5, 0.8)),
            // 1 - 0.025 / 0.01 and 1 - 0.04 / 0.05.
            at6h(rounded('shoppulse:sla_error_budget_remaining:ratio30d'), partners(-1.5, 0.2)),
            // The same alert thresholds (burn rate over 1 for 3 days and 6 hours) fire for kwiatex alone.
            at6h('count by (alertname, tenant) (ALERTS{alertstate="firing", alertname=~"Sla.+"})', [
              { labels: '{alertname="SlaBurnRate3d",tenant="kwiatex"}', value: 1 },
              { labels: '{alertname="SlaErrorBudgetExhausted",tenant="kwiatex"}', value: 1 },
            ]),
          ],
        },
      ],
    };
    expect(() => promtoolTest({ 'sla.rules.yaml': slaRulesYaml(CONTRACTS) }, test)).not.toThrow();
  });

  it('fires the installed SLA alerts by the saved target, on rules made before it was saved (promtool)', () => {
    // The Prometheus holds rules made when kwiatex's contract had only its 500 ms threshold: they divide its error
    // ratio by the default 5%. The admin has since saved its 99%, which the installed Grafana-managed rules follow.
    const recordedWith = { kwiatex: { thresholdSeconds: 0.5 } };
    const scope = { contracts: CONTRACTS, recordedWith };
    const alertsFile = {
      groups: [
        {
          name: 'shoppulse-sla-alerts-by-saved-contracts',
          rules: slaAlerts.map((alert) => ({
            alert: alert.id,
            expr: alertExprForContracts(alert, scope),
            for: alert.for,
          })),
        },
      ],
    };
    const burnRate3d = alertExprForContracts(
      slaAlerts.find((alert) => alert.id === 'SlaBurnRate3d')!,
      scope
    );
    const test = () =>
      promtoolTest(
        {
          'sla.rules.yaml': slaRulesYaml(recordedWith),
          'sla-alerts.rules.yaml': stringify(alertsFile, { lineWidth: 0 }),
        },
        {
          rule_files: ['sla.rules.yaml', 'sla-alerts.rules.yaml'],
          evaluation_interval: '1m',
          tests: [
            {
              interval: '1m',
              input_series: [...traffic('kwiatex', 'dep-a'), ...traffic('sportowo', 'dep-b')],
              promql_expr_test: [
                // 0.025 / 0.05 and 0.04 / 0.05: by the recorded burn rates neither would burn too fast.
                at6h(rounded('shoppulse:sla_burn_rate:ratio_rate3d'), partners(0.5, 0.8)),
                // 0.025 / 0.01 for kwiatex, over the factor 1; sportowo's 0.8 stays under it.
                at6h(rounded(`(${burnRate3d})`), [{ labels: '{tenant="kwiatex",deployment="dep-a"}', value: 2.5 }]),
                at6h('count by (alertname, tenant) (ALERTS{alertstate="firing"})', [
                  { labels: '{alertname="SlaBurnRate3d",tenant="kwiatex"}', value: 1 },
                  { labels: '{alertname="SlaErrorBudgetExhausted",tenant="kwiatex"}', value: 1 },
                ]),
              ],
            },
          ],
        }
      );
    expect(test).not.toThrow();
  });
});
