import { type BackendSrv, setBackendSrv } from '@grafana/runtime';
import { CONTRACTS, type Contracts } from '../../catalog/contracts';
import { resolveSettings } from '../../settings';
import { FakeGrafanaAlerting } from '../../testing/grafanaAlerting';
import bundleJson from './bundle.gen.json';
import { BUNDLE_FOLDER, desiredObjects } from './bundle';
import { applyInstall, planInstall } from './install';

interface Rule {
  title: string;
  ruleGroup: string;
  data: Array<{ refId: string; model: { expr?: string } }>;
}
interface Group {
  title: string;
  rules: Rule[];
}

const kwiatexAt99: Contracts = { ...CONTRACTS, kwiatex: { ...CONTRACTS.kwiatex, target: 0.99 } };
const rulesOf = (contracts?: Contracts) =>
  desiredObjects('prom-uid', BUNDLE_FOLDER, { contracts })
    .filter((object) => object.kind === 'rule group')
    .flatMap((object) => (object.body as Group).rules);
const promql = (rule: Rule) => rule.data.find((query) => query.model.expr !== undefined)!.model.expr!;
const SLA_RULES = ['SlaBurnRate1h', 'SlaBurnRate6h', 'SlaBurnRate1d', 'SlaBurnRate3d', 'SlaErrorBudgetExhausted'];

describe('the objects the Alerts page installs, by the contracts saved on the configuration page', () => {
  it('are today’s bundle, byte for byte, on the catalog’s contracts or none saved', () => {
    const generated = JSON.stringify(desiredObjects('prom-uid'));
    for (const contracts of [CONTRACTS, resolveSettings({}).contracts, {}]) {
      expect(JSON.stringify(desiredObjects('prom-uid', BUNDLE_FOLDER, { contracts }))).toBe(generated);
    }
    // And the rules are the generated file's, with only the data source and folder filled in.
    const bundled = bundleJson.rules.map((rule) =>
      JSON.parse(JSON.stringify(rule).replaceAll('__SHOPPULSE_DATASOURCE__', 'prom-uid'))
    );
    const byTitle = new Map(rulesOf(CONTRACTS).map((rule) => [rule.title, rule]));
    expect(bundled.map((rule) => JSON.stringify(byTitle.get(rule.title)))).toEqual(
      bundled.map((rule) => JSON.stringify({ ...rule, folderUID: BUNDLE_FOLDER.uid }))
    );
  });

  it('with kwiatex at 99%, change only the SLA rules’ PromQL, and in it only kwiatex’s budget', () => {
    const before = rulesOf(CONTRACTS);
    const after = rulesOf(kwiatexAt99);
    const changed = after.filter((rule, i) => JSON.stringify(rule) !== JSON.stringify(before[i]));
    expect(changed.map((rule) => rule.title).sort()).toEqual([...SLA_RULES].sort());
    for (const rule of changed) {
      const was = before.find((each) => each.title === rule.title)!;
      // Nothing but the query's expression differs.
      const withoutExpr = (each: Rule) => JSON.stringify(each).replace(JSON.stringify(promql(each)), '""');
      expect(withoutExpr(rule)).toBe(withoutExpr(was));
      expect(promql(was)).not.toMatch(/tenant/);
      const [others, kwiatex] = promql(rule).split(') or (');
      expect(others).toMatch(/^\(.*\{tenant!~"kwiatex"\} \/ 0\.05 /);
      expect(others).not.toMatch(/ \/ 0\.01 /);
      expect(kwiatex).toMatch(/\{tenant=~"kwiatex"\} \/ 0\.01 /);
      expect(kwiatex).not.toMatch(/ \/ 0\.05 /);
    }
  });

  it('show the SLA rules’ groups as changed once a contract was saved after the last install', async () => {
    const grafana = new FakeGrafanaAlerting();
    setBackendSrv({ fetch: grafana.fetch } as unknown as BackendSrv);
    await applyInstall(await planInstall('prom-uid'));
    const plan = await planInstall('prom-uid', { contracts: kwiatexAt99 });
    const groups = Object.fromEntries(
      plan.filter((change) => change.kind === 'rule group').map((change) => [change.key, change.action])
    );
    expect(groups).toEqual({
      'shoppulse-alerts-phone': 'update',
      'shoppulse-alerts-mail': 'update',
      'shoppulse-alerts-slack': 'unchanged',
    });
    expect(plan.filter((change) => change.kind !== 'rule group').every((c) => c.action === 'unchanged')).toBe(true);
    await applyInstall(plan);
    const stored = grafana.rules.find((rule) => rule.title === 'SlaBurnRate3d') as unknown as Rule;
    expect(promql(stored)).toContain('{tenant=~"kwiatex"} / 0.01 > 1');
    expect((await planInstall('prom-uid', { contracts: kwiatexAt99 })).every((c) => c.action === 'unchanged')).toBe(
      true
    );
  });
});
