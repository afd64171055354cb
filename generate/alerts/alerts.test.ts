/** @jest-environment node */
import { parse } from 'yaml';
import { ALERTS } from '../../src/catalog/alerts';
import type { GeneratedFile } from '../types';
import { alertRulesFile } from './rulesFile';
import { alertRulesTests } from './rulesTests';
import { runbooksDoc } from './runbooks';

const content = (file: GeneratedFile | GeneratedFile[] | Promise<GeneratedFile | GeneratedFile[]>) =>
  (file as GeneratedFile).content;

describe('alert templates', () => {
  const rules = parse(content(alertRulesFile.generate())).groups.flatMap((g: { rules: unknown[] }) => g.rules);
  const tests = parse(content(alertRulesTests.generate())).tests;
  const runbooks = content(runbooksDoc.generate());

  it.each(ALERTS.map((a) => [a.id, a] as const))('%s is a rule with its level, recipient and links', (id, alert) => {
    const rule = rules.find((r: { alert: string }) => r.alert === id);
    expect(rule.labels).toEqual({ level: alert.level, recipient: alert.recipient });
    expect(rule.annotations.runbook_url).toMatch(new RegExp(`runbooks\\.md#${id.toLowerCase()}$`));
    expect(rule.annotations.dashboard_url).toBe(`/a/shoppulse-observability-app/${alert.page}`);
  });

  it.each(ALERTS.map((a) => [a.id] as const))(
    '%s has a runbook section and promtool cases where it fires and where it is silent',
    (id) => {
      expect(runbooks).toContain(`## ${id}\n`);
      const checks = tests
        .filter((t: { name: string }) => t.name.startsWith(`${id}:`))
        .flatMap((t: { alert_rule_test: Array<{ exp_alerts: unknown[] }> }) => t.alert_rule_test);
      expect(checks.some((c: { exp_alerts: unknown[] }) => c.exp_alerts.length > 0)).toBe(true);
      if (id !== 'DeadMansSwitch') {
        expect(checks.some((c: { exp_alerts: unknown[] }) => c.exp_alerts.length === 0)).toBe(true);
      }
    }
  );

  it('covers every level, and names a recipient for every alert', () => {
    expect(new Set(ALERTS.map((a) => a.level))).toEqual(new Set(['phone', 'mail', 'slack']));
    expect(new Set(ALERTS.map((a) => a.id)).size).toBe(ALERTS.length);
  });
});
