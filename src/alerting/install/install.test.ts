import { type BackendSrv, setBackendSrv } from '@grafana/runtime';
import { FakeGrafanaAlerting, canonicalDuration } from '../../testing/grafanaAlerting';
import { applyInstall, planInstall } from './install';
import type { PlannedChange } from './plan';
import { storedTemplate } from './storedForm';

function serve(grafana: FakeGrafanaAlerting) {
  setBackendSrv({ fetch: grafana.fetch } as unknown as BackendSrv);
  return grafana;
}

const actions = (plan: Array<PlannedChange<unknown>>) =>
  Object.fromEntries(plan.map((change) => [`${change.kind}/${change.key}`, change.action]));
const byAction = (plan: Array<PlannedChange<unknown>>) => new Set(plan.map((change) => change.action));

async function installed(grafana = new FakeGrafanaAlerting()) {
  serve(grafana);
  await applyInstall(await planInstall('prom-uid'));
  grafana.writes.length = 0;
  return grafana;
}

describe('what Grafana stores (the fake, from grafana/grafana)', () => {
  it('writes durations in Prometheus’ canonical form', () => {
    expect(['0m', '60m', '90m', '30s', '14d', '90d', '1w'].map(canonicalDuration)).toEqual([
      '0s',
      '1h',
      '1h30m',
      '30s',
      '2w',
      '90d',
      '1w',
    ]);
  });

  it('trims a template, and wraps one without a define in a define of its name', () => {
    expect(storedTemplate('t', '{{ define "a" }}x{{ end }}\n\n')).toBe('{{ define "a" }}x{{ end }}');
    expect(storedTemplate('t', '\nline one\nline two\n')).toBe('{{ define "t" }}\n  line one\n  line two\n{{ end }}');
  });
});

describe('installing the alert templates into Grafana', () => {
  it('plans to create everything in a Grafana that has none of it, and to replace the default policy tree', async () => {
    serve(new FakeGrafanaAlerting());
    const plan = await planInstall('prom-uid');
    expect(plan.filter((c) => c.action !== 'create').map((c) => `${c.kind}/${c.action}`)).toEqual([
      'notification policy/update',
    ]);
    expect(plan.filter((c) => c.kind === 'rule group')).toHaveLength(3);
  });

  it('plans nothing when run again on what it installed, in the forms Grafana stores them', async () => {
    const grafana = await installed();
    // What made a second run plan updates before: the trimmed template and the dead man's switch's `for`.
    expect(String(grafana.templates[0].template).endsWith('\n')).toBe(false);
    expect(grafana.rules.find((rule) => rule.title === 'DeadMansSwitch')?.for).toBe('0s');
    const plan = await planInstall('prom-uid');
    expect(byAction(plan)).toEqual(new Set(['unchanged']));
    await applyInstall(plan);
    expect(grafana.writes).toEqual([]);
  });

  it('updates only what differs, and never overwrites the secrets an admin filled into a contact point', async () => {
    const grafana = await installed();
    grafana.rules.find((rule) => rule.ruleGroup === 'shoppulse-alerts-mail')!.for = '1h';
    grafana.templates[0].template = 'edited by hand';
    const plan = actions(await planInstall('prom-uid'));
    expect(plan['rule group/shoppulse-alerts-mail']).toBe('update');
    expect(plan['rule group/shoppulse-alerts-phone']).toBe('unchanged');
    expect(plan['template/shoppulse']).toBe('update');
    expect(plan['contact point/shoppulse-slack']).toBe('unchanged');
  });

  it('points the rules at the data source chosen on the configuration page', async () => {
    await installed();
    const plan = actions(await planInstall('another-prometheus'));
    expect(plan['rule group/shoppulse-alerts-phone']).toBe('update');
  });

  it('sends only the changes, in order, editable in the UI afterwards', async () => {
    const grafana = serve(new FakeGrafanaAlerting());
    await applyInstall(await planInstall('prom-uid'));
    const calls = grafana.writes.map(({ method, url }) => `${method} ${url}`);
    expect(calls[0]).toBe('POST /api/folders');
    expect(calls).toContain('PUT /api/v1/provisioning/templates/shoppulse');
    expect(calls).toContain('PUT /api/v1/provisioning/policies');
    expect(calls.slice(-3)).toEqual([
      'PUT /api/v1/provisioning/folder/shoppulse/rule-groups/shoppulse-alerts-phone',
      'PUT /api/v1/provisioning/folder/shoppulse/rule-groups/shoppulse-alerts-mail',
      'PUT /api/v1/provisioning/folder/shoppulse/rule-groups/shoppulse-alerts-slack',
    ]);
    expect(grafana.writes.every((write) => write.headers?.['X-Disable-Provenance'] === 'true')).toBe(true);
    expect(grafana.rules.every((rule) => rule.provenance === '')).toBe(true);
    const phone = grafana.writes.find((write) => write.url.endsWith('shoppulse-alerts-phone'))!.data;
    expect(JSON.stringify(phone)).not.toContain('__SHOPPULSE_DATASOURCE__');
    expect(JSON.stringify(phone)).toContain('"datasourceUid":"prom-uid"');
  });
});

describe('a Grafana that already holds ShopPulse objects it did not install', () => {
  it('leaves everything provisioned from files alone and sends nothing (the demo)', async () => {
    const grafana = serve(FakeGrafanaAlerting.provisionedFromFiles('prom-uid'));
    const plan = await planInstall('prom-uid');
    const [folder, ...rest] = plan;
    expect(folder).toMatchObject({ kind: 'folder', key: 'b4e1c7a2d9f3', action: 'unchanged' });
    expect(rest.map((change) => `${change.action}/${change.provenance}`)).toEqual(rest.map(() => 'provisioned/file'));
    const steps = await applyInstall(plan);
    expect(grafana.writes).toEqual([]);
    expect(new Set(steps.map((step) => step.outcome))).toEqual(new Set(['not sent']));
  });

  it('puts the rules into the folder of our title that exists already, instead of a second one', async () => {
    const grafana = serve(new FakeGrafanaAlerting());
    grafana.folders.push({ uid: 'made-by-hand', title: 'ShopPulse' });
    await applyInstall(await planInstall('prom-uid'));
    expect(grafana.folders).toEqual([{ uid: 'made-by-hand', title: 'ShopPulse' }]);
    expect(new Set(grafana.rules.map((rule) => rule.folderUID))).toEqual(new Set(['made-by-hand']));
    expect(byAction(await planInstall('prom-uid'))).toEqual(new Set(['unchanged']));
  });

  it('keeps our folder when an admin renamed it', async () => {
    const grafana = await installed();
    grafana.folders[0].title = 'Shop alerts';
    expect(byAction(await planInstall('prom-uid'))).toEqual(new Set(['unchanged']));
  });

  it('leaves a rule group alone when one of its rules lives in another group, and says where', async () => {
    const grafana = await installed();
    const moved = grafana.rules.find((rule) => rule.title === 'DatabaseDown')!;
    moved.ruleGroup = 'database';
    const group = (await planInstall('prom-uid')).find((change) => change.key === 'shoppulse-alerts-phone')!;
    expect(group.action).toBe('conflict');
    expect(group.conflict).toEqual({
      reason: 'rule elsewhere',
      rule: 'DatabaseDown',
      folderUid: 'shoppulse',
      group: 'database',
    });
  });

  it('never replaces a group that also holds rules ShopPulse does not own', async () => {
    const grafana = await installed();
    grafana.rules.push({
      uid: 'team-rule',
      title: 'TeamRule',
      folderUID: 'shoppulse',
      ruleGroup: 'shoppulse-alerts-slack',
    });
    const plan = await planInstall('prom-uid');
    expect(plan.find((change) => change.key === 'shoppulse-alerts-slack')).toMatchObject({
      action: 'conflict',
      conflict: { reason: 'foreign rules', rules: ['TeamRule'] },
    });
    await applyInstall(plan);
    expect(grafana.rules.some((rule) => rule.uid === 'team-rule')).toBe(true);
  });

  it('says what was done, what failed and what was not attempted when Grafana refuses part-way', async () => {
    const grafana = serve(new FakeGrafanaAlerting());
    const plan = await planInstall('prom-uid');
    // Between the preview and the install, someone provisions the template from a file.
    grafana.templates.push({ name: 'shoppulse', template: 'from a file', provenance: 'file' });
    const progress: string[] = [];
    const steps = await applyInstall(plan, (now) => progress.push(now.map((step) => step.outcome[0]).join('')));
    const outcomes = steps.map((step) => `${step.change.kind}/${step.outcome}`);
    expect(outcomes.slice(0, 3)).toEqual(['folder/done', 'template/failed', 'contact point/not attempted']);
    expect(new Set(outcomes.slice(2).map((outcome) => outcome.split('/')[1]))).toEqual(new Set(['not attempted']));
    expect(steps[1].error).toMatchObject({
      status: 403,
      data: { messageId: 'alerting.notifications.invalidProvenance' },
    });
    expect(grafana.writes.map((write) => write.method + ' ' + write.url)).toEqual([
      'POST /api/folders',
      'PUT /api/v1/provisioning/templates/shoppulse',
    ]);
    expect(progress).toHaveLength(2);
  });
});
