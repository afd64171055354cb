/** @jest-environment node */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ALERTS } from '../../src/catalog/alerts';
import { parseDuration } from '../time';
import { alertHistoryRules, writeAlertHistoryRules } from './alertHistory';
import { requireBinary } from './binaries';
import { inParallel, run } from './processes';

const RULES = join(process.cwd(), 'rules/shoppulse-alerts.rules.yaml');
const EMULATED = 'emulated_ALERTS';
/** Minutes around each checked time that are all compared: the alert turning pending, firing and resolving. */
const AROUND_MINUTES = 20;
/** Elsewhere (long job cases span a day), every tenth minute. */
const EVERY_MINUTES = 10;

/** The minutes of a case compared: every one near a checked time, every tenth elsewhere. */
function minutesOf(checked: number[], holdMinutes: number): number[] {
  const last = Math.max(...checked) + AROUND_MINUTES;
  const near = (minute: number) =>
    checked.some((at) => minute >= at - holdMinutes - AROUND_MINUTES && minute <= at + AROUND_MINUTES);
  return Array.from({ length: last + 1 }, (_, minute) => minute).filter(
    (minute) => minute % EVERY_MINUTES === 0 || near(minute)
  );
}

/** Prometheus' own ALERTS series of `id` and the emulated ones, alike at `at`: nothing on one side only. */
const sameAlerts = (id: string, at: number) => {
  const own = `ALERTS{alertname="${id}"}`;
  const emulated = `${EMULATED}{alertname="${id}"}`;
  return {
    expr: `count((${own} unless ${emulated}) or (${emulated} unless ${own})) or vector(0)`,
    eval_time: `${at}m`,
    exp_samples: [{ labels: '{}', value: 0 }],
  };
};

describe('the ALERTS history emulated with recording rules', () => {
  it('writes a firing and a pending rule for each alert with `for`, one firing rule for the others', () => {
    const rules = alertHistoryRules([RULES]).groups.flatMap((group) => (group as { rules: object[] }).rules);
    const waiting = ALERTS.filter((alert) => parseDuration(alert.for) !== 0);
    expect(rules).toHaveLength(ALERTS.length + waiting.length);
    expect(rules).toContainEqual({
      record: 'ALERTS',
      expr: '(count_over_time((max by (deployment) (pg_up) == 0)[179s:60s]) == 3) ^ 0',
      labels: { level: 'phone', recipient: 'database administrator', alertname: 'DatabaseDown', alertstate: 'firing' },
    });
  });

  it("agrees with Prometheus' own ALERTS, firing and pending, at every minute of every catalog case", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoppulse-alert-history-'));
    try {
      const started = Date.now();
      // One promtool run per alert, with only its own rule and emulation: promtool evaluates every rule it loads.
      await inParallel(ALERTS, availableParallelism(), async (alert) => {
        const own = join(dir, `${alert.id}.rules.yaml`);
        const groups = parse(readFileSync(RULES, 'utf8')).groups.map((group: { rules: Array<{ alert: string }> }) => ({
          ...group,
          rules: group.rules.filter((rule) => rule.alert === alert.id),
        }));
        writeFileSync(own, stringify({ groups: groups.filter((group: { rules: [] }) => group.rules.length) }));
        mkdirSync(join(dir, alert.id));
        const emulated = writeAlertHistoryRules([own], join(dir, alert.id), EMULATED);
        const tests = alert.cases.map((testCase) => {
          const checked = [...testCase.firing.map((f) => f.at), ...testCase.silent].map(
            (at) => parseDuration(at)! / 60
          );
          return {
            name: `${alert.id}: ${testCase.name}`,
            interval: '1m',
            input_series: testCase.input,
            promql_expr_test: minutesOf(checked, parseDuration(alert.for)! / 60).map((minute) =>
              sameAlerts(alert.id, minute)
            ),
          };
        });
        const file = join(dir, `${alert.id}.test.yaml`);
        writeFileSync(file, stringify({ rule_files: [own, emulated], evaluation_interval: '1m', tests }));
        await run(requireBinary('promtool'), ['test', 'rules', file]);
      });
      console.log(`promtool compared ${ALERTS.length} alerts in ${(Date.now() - started) / 1000} s`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
