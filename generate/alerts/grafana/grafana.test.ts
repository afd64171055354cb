/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ALERTS, type AlertDef } from '../../../src/catalog/alerts';
import type { GeneratedFile } from '../../types';
import { OUTSIDE_WORKING_HOURS, receiverOf } from '../alertmanager';
import { alertAnnotations, alertLabels } from '../annotations';
import { secretEnv } from './contactPoints';
import { grafanaAlertingProvisioning } from './index';
import { DATASOURCES_FILE } from './shared';
import { TEXT, TITLE } from './templates';
import { alertExpr } from '../../../src/queries/alerts';

interface Query {
  refId: string;
  datasourceUid: string;
  relativeTimeRange?: { from: number; to: number };
  model: Record<string, unknown> & { type?: string; expression?: string; expr?: string };
}
interface Rule {
  uid: string;
  title: string;
  condition: string;
  data: Query[];
  for: string;
  noDataState: string;
  execErrState: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}
interface Policy {
  receiver?: string;
  group_by?: string[];
  object_matchers?: string[][];
  mute_time_intervals?: string[];
  continue?: boolean;
  routes?: Policy[];
}
interface Receiver {
  uid: string;
  type: string;
  settings: Record<string, unknown>;
}

const ROOT = join(__dirname, '..', '..', '..');
const files = grafanaAlertingProvisioning.generate() as GeneratedFile[];
const file = (name: string) => {
  const found = files.find((f) => f.path === `provisioning/alerting/${name}`);
  if (!found) {
    throw new Error(`no ${name} among ${files.map((f) => f.path).join(', ')}`);
  }
  return found;
};
const doc = (name: string) => parse(file(name).content);

const groups: Array<{ name: string; folder: string; interval: string; rules: Rule[] }> =
  doc('shoppulse-rules.yaml').groups;
const rules = groups.flatMap((group) => group.rules);
const contactPoints: Array<{ name: string; receivers: Receiver[] }> = doc(
  'shoppulse-contact-points.yaml'
).contactPoints;
const policies: Policy[] = doc('shoppulse-policies.yaml').policies;
const muteTimes: Array<{ name: string; time_intervals: unknown[] }> = doc('shoppulse-mute-timings.yaml').muteTimes;
const templates: Array<{ name: string; template: string }> = doc('shoppulse-templates.yaml').templates;
const datasource = parse(readFileSync(join(ROOT, DATASOURCES_FILE), 'utf8')).datasources.find(
  (d: { type: string }) => d.type === 'prometheus'
);

/** The policy Grafana's Alertmanager picks for these labels: the deepest first match (no policy uses `continue`). */
function route(policy: Policy, labels: Record<string, string>, inherited: string[] = []): Policy & { muted: string[] } {
  const muted = [...inherited, ...(policy.mute_time_intervals ?? [])];
  const matches = (child: Policy) =>
    (child.object_matchers ?? []).every(([name, op, value]) => {
      if (op !== '=') {
        throw new Error(`the test knows '=' only, not ${op}`);
      }
      return (labels[name] ?? '') === value;
    });
  const child = (policy.routes ?? []).find(matches);
  return child ? route(child, labels, muted) : { ...policy, muted };
}

const labelsOf = (alert: AlertDef) => ({
  alertname: alert.id,
  ...alertLabels(alert),
  tenant: 'sportowo',
  deployment: 'dep-b',
});

describe('Grafana alerting provisioning', () => {
  it('writes five files of apiVersion 1, each marked as generated, and the bundle the Alerts page installs', () => {
    const provisioned = files.filter((f) => f.path.startsWith('provisioning/'));
    expect(files.map((f) => f.path)).toContain('src/alerting/install/bundle.gen.json');
    expect(provisioned.map((f) => f.path).sort()).toEqual(
      [
        'shoppulse-contact-points.yaml',
        'shoppulse-mute-timings.yaml',
        'shoppulse-policies.yaml',
        'shoppulse-rules.yaml',
        'shoppulse-templates.yaml',
      ].map((name) => `provisioning/alerting/${name}`)
    );
    for (const generated of provisioned) {
      expect(generated.content).toMatch(/^# Generated .*Do not edit\.\n/);
      expect(parse(generated.content).apiVersion).toBe(1);
    }
  });

  it('is deterministic', () => {
    expect(grafanaAlertingProvisioning.generate()).toEqual(files);
  });

  describe('rules', () => {
    it('has one group per level in one folder, evaluated every minute like Prometheus', () => {
      expect(groups.map((g) => g.name)).toEqual([
        'shoppulse-alerts-phone',
        'shoppulse-alerts-mail',
        'shoppulse-alerts-slack',
      ]);
      for (const group of groups) {
        expect(group.folder).toBe('ShopPulse');
        expect(group.interval).toBe('60s');
      }
      expect(rules.map((r) => r.title).sort()).toEqual(ALERTS.map((a) => a.id).sort());
    });

    it('gives every rule a unique uid Grafana accepts', () => {
      const uids = rules.map((r) => r.uid);
      expect(new Set(uids).size).toBe(rules.length);
      for (const uid of uids) {
        expect(uid).toMatch(/^[a-zA-Z0-9_-]{1,40}$/);
      }
    });

    it.each(ALERTS.map((a) => [a.id, a] as const))('%s keeps its labels, annotations and for', (id, alert) => {
      const rule = rules.find((r) => r.title === id)!;
      const group = groups.find((g) => g.rules.includes(rule))!;
      expect(group.name).toBe(`shoppulse-alerts-${alert.level}`);
      expect(rule.labels).toEqual(alertLabels(alert));
      expect(rule.annotations).toEqual(alertAnnotations(alert));
      expect(rule.for).toBe(alert.for);
      // Prometheus' semantics: no series is no alert.
      expect(rule.noDataState).toBe('OK');
    });

    it.each(ALERTS.map((a) => [a.id, a] as const))(
      '%s queries its PromQL on the provisioned data source and fires on every series it returns',
      (id, alert) => {
        const rule = rules.find((r) => r.title === id)!;
        const byRef = new Map(rule.data.map((q) => [q.refId, q]));
        expect(byRef.size).toBe(rule.data.length);

        const [query] = rule.data;
        expect(query.datasourceUid).toBe(datasource.uid);
        expect(query.model).toMatchObject({
          refId: query.refId,
          expr: alertExpr(alert),
          instant: true,
          range: false,
          datasource: { type: 'prometheus', uid: datasource.uid },
        });
        expect(query.relativeTimeRange!.from).toBeGreaterThan(0);

        // The condition is a threshold over a math expression over the query: query → math → threshold.
        const condition = byRef.get(rule.condition)!;
        expect(condition).toBeDefined();
        expect(condition.datasourceUid).toBe('__expr__');
        expect(condition.model).toMatchObject({
          type: 'threshold',
          conditions: [{ evaluator: { type: 'gt', params: [0] } }],
        });
        const math = byRef.get(condition.model.expression!)!;
        expect(math.datasourceUid).toBe('__expr__');
        expect(math.model.type).toBe('math');
        // 1 for every series, whatever its value: a remaining budget <= 0 or NaN fires too.
        const ref = `$${query.refId}`;
        expect(math.model.expression).toBe(`is_number(${ref}) || is_nan(${ref}) || is_inf(${ref})`);
      }
    );
  });

  describe('routing', () => {
    const [root] = policies;
    const receivers = new Map(contactPoints.map((cp) => [cp.name, cp.receivers]));

    it('replaces one policy tree, grouped by partner and alert, that never mutes its root', () => {
      expect(policies).toHaveLength(1);
      expect(root.group_by).toEqual(expect.arrayContaining(['alertname', 'tenant']));
      expect(root.object_matchers).toBeUndefined();
      expect(root.mute_time_intervals).toBeUndefined();
      expect(receivers.has(root.receiver!)).toBe(true);
    });

    it.each(ALERTS.map((a) => [a.id, a] as const))(
      '%s reaches the contact point of its level and recipient, as in Alertmanager',
      (_, alert) => {
        const reached = route(root, labelsOf(alert));
        expect(reached.receiver).toBe(receiverOf(alert));
        const integrations = receivers.get(reached.receiver!)!;
        expect(integrations).toBeDefined();
        const expectedType =
          receiverOf(alert) === 'heartbeat'
            ? 'webhook'
            : { phone: 'pagerduty', mail: 'email', slack: 'slack' }[alert.level];
        expect(integrations.map((r) => r.type)).toEqual([expectedType]);
      }
    );

    it.each(ALERTS.map((a) => [a.id, a] as const))(
      '%s waits for working hours unless it pages by phone',
      (_, alert) => {
        const { muted } = route(root, labelsOf(alert));
        const waits = alert.level !== 'phone' && receiverOf(alert) !== 'heartbeat';
        expect(muted).toEqual(waits ? [OUTSIDE_WORKING_HOURS] : []);
      }
    );

    it('has a contact point for every level', () => {
      const types = new Set(contactPoints.flatMap((cp) => cp.receivers.map((r) => r.type)));
      expect(types).toEqual(new Set(['slack', 'pagerduty', 'email', 'webhook']));
    });

    it('sends what no policy matches (such as Grafana’s DatasourceError) to Slack at any hour', () => {
      const reached = route(root, { alertname: 'DatasourceError', level: 'phone', recipient: 'on-call engineer' });
      expect(reached.receiver).toBe('slack');
      expect(reached.muted).toEqual([]);
    });

    it('mutes with a timing it provisions: weekends and nights in Warsaw', () => {
      const used = (policy: Policy): string[] => [
        ...(policy.mute_time_intervals ?? []),
        ...(policy.routes ?? []).flatMap(used),
      ];
      expect(new Set(used(root))).toEqual(new Set(muteTimes.map((m) => m.name)));
      expect(muteTimes.map((m) => m.name)).toEqual([OUTSIDE_WORKING_HOURS]);
      expect(muteTimes[0].time_intervals).toEqual([
        { weekdays: ['saturday', 'sunday'], location: 'Europe/Warsaw' },
        {
          times: [
            { start_time: '00:00', end_time: '08:00' },
            { start_time: '18:00', end_time: '24:00' },
          ],
          location: 'Europe/Warsaw',
        },
      ]);
    });
  });

  describe('contact points', () => {
    const integrations = contactPoints.flatMap((cp) => cp.receivers);

    it('have unique, valid uids and mail placeholder addresses', () => {
      const uids = integrations.map((r) => r.uid);
      expect(new Set(uids).size).toBe(uids.length);
      uids.forEach((uid) => expect(uid).toMatch(/^[a-zA-Z0-9_-]{1,40}$/));
      for (const mail of integrations.filter((r) => r.type === 'email')) {
        expect(mail.settings.addresses).toMatch(/^[a-z-]+@shop\.example$/);
      }
    });

    it('read every secret from the environment, and nothing else from it', () => {
      const secrets = (r: Receiver) =>
        ({
          slack: [r.settings.url],
          pagerduty: [r.settings.integrationKey],
          webhook: [r.settings.authorization_credentials],
          email: [],
        })[r.type]!;
      const names = new Set(secretEnv().map((v) => v.name));
      const read = integrations.flatMap(secrets);
      for (const value of read) {
        expect(value).toMatch(/^\$\{[A-Z0-9_]+\}$/);
        expect(names.has(String(value).slice(2, -1))).toBe(true);
      }
      expect(read).toHaveLength(names.size);
      // Everything else is literal: Grafana would expand any other `$` (there is no `$` in templates' calls).
      const references = file('shoppulse-contact-points.yaml')
        .content.split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n')
        .match(/\$\{?[A-Za-z_]\w*\}?/g);
      expect(new Set(references)).toEqual(new Set([...names].map((name) => `\${${name}}`)));
    });

    it('write no secret literal anywhere', () => {
      const all = files.map((f) => f.content).join('\n');
      expect(all).not.toMatch(/hooks\.slack\.com\/services\/\w/);
      expect(all).not.toMatch(/xox[abposr]-/);
      expect(all).not.toMatch(/\b[0-9a-f]{32}\b/);
      expect(all).not.toMatch(/password|basicAuthPassword|credentials_file/i);
    });

    it('names one environment variable per phone recipient for PagerDuty', () => {
      const phoneRecipients = new Set(ALERTS.filter((a) => a.level === 'phone').map((a) => a.recipient));
      const keys = secretEnv().filter((v) => v.name.startsWith('PAGERDUTY_INTEGRATION_KEY_'));
      expect(keys).toHaveLength(phoneRecipients.size);
      expect(keys.every((v) => v.required)).toBe(true);
    });
  });

  describe('templates', () => {
    const content = templates.map((t) => t.template).join('\n');

    it('define every template the contact points use', () => {
      const defined = [...content.matchAll(/\{\{ define "([^"]+)"/g)].map((m) => m[1]);
      expect(defined).toEqual([TITLE, TEXT]);
      const used = [...file('shoppulse-contact-points.yaml').content.matchAll(/\{\{ template "([^"]+)"/g)].map(
        (m) => m[1]
      );
      expect(new Set(used)).toEqual(new Set([TITLE, TEXT]));
    });

    it('say what broke, for which partner and deployment, who acts and where to look', () => {
      for (const field of [
        '.Annotations.summary',
        '.Labels.tenant',
        '.Labels.deployment',
        '.Labels.recipient',
        '.Annotations.dashboard_url',
        '.Annotations.runbook_url',
        '.CommonLabels.tenant',
        '.CommonLabels.deployment',
      ]) {
        expect(content).toContain(field);
      }
    });
  });

  it('keeps `$` out of what Grafana interpolates: policies and rule labels', () => {
    expect(file('shoppulse-policies.yaml').content).not.toContain('$');
    for (const rule of rules) {
      expect(JSON.stringify(rule.labels)).not.toContain('$');
      expect(rule.title).not.toContain('$');
    }
  });
});
