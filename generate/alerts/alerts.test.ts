/** @jest-environment node */
import { parse } from 'yaml';
import { ALERTS } from '../../src/catalog/alerts';
import type { GeneratedFile } from '../types';
import { alertmanagerConfig } from './alertmanager';
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

  it('routes every alert in Alertmanager: phone day and night, mail and Slack in working hours only', () => {
    const config = parse(content(alertmanagerConfig.generate()));
    const receivers = new Set(config.receivers.map((r: { name: string }) => r.name));
    for (const alert of ALERTS.filter((a) => a.id !== 'DeadMansSwitch')) {
      const route = config.route.routes.find((r: { matchers: string[] }) =>
        r.matchers.includes(`alertname="${alert.id}"`)
      );
      expect(receivers.has(route.receiver)).toBe(true);
      expect(route.receiver.startsWith(alert.level)).toBe(true);
      expect(route.mute_time_intervals).toEqual(alert.level === 'phone' ? undefined : ['outside-working-hours']);
    }
    expect(config.inhibit_rules).toEqual([
      { source_matchers: ['level="phone"'], target_matchers: ['level=~"mail|slack"'], equal: ['tenant', 'deployment'] },
    ]);
  });
});
