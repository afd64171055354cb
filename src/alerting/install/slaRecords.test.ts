/** @jest-environment node */
import { CONTRACTS, type Contracts } from '../../catalog/contracts';
import { slaRuleGroups } from '../slaRuleFile';
import { BUNDLE_FOLDER, desiredObjects } from './bundle';
import { grafanaGroupName, slaRecordingGroups } from './slaRecords';

interface RecordingRule {
  uid: string;
  title: string;
  condition?: string;
  data: Array<{ datasourceUid: string; model: { expr: string; instant: boolean } }>;
  record: { metric: string; from: string; target_datasource_uid: string };
  labels: Record<string, string>;
}
interface Group {
  title: string;
  interval: number;
  rules: RecordingRule[];
}

const UPGRADE = { partner: 'sportowo', from: '2026-11-24T02:00:00Z', to: '2026-11-24T04:00:00Z', reason: 'upgrade' };
const kwiatex500ms: Contracts = { ...CONTRACTS, kwiatex: { ...CONTRACTS.kwiatex, thresholdSeconds: 0.5 } };
const groupsFor = (contracts: Contracts, windows = [UPGRADE]) =>
  slaRecordingGroups('prom-uid', BUNDLE_FOLDER, { contracts, windows }).map((object) => object.body as Group);

describe('the SLA series recorded by Grafana-managed recording rules', () => {
  it('are the rule file’s groups and rules, from the same generator, written back into the data source', () => {
    const file = slaRuleGroups(kwiatex500ms, [UPGRADE]);
    const groups = groupsFor(kwiatex500ms);
    expect(groups.map((group) => [group.title, group.interval])).toEqual(
      file.map((group) => [grafanaGroupName(group.name), group.intervalSeconds])
    );
    groups.forEach((group, index) => {
      expect(group.rules.map((rule) => [rule.record.metric, rule.data[0].model.expr, rule.labels])).toEqual(
        file[index].rules.map((rule) => [rule.record, rule.expr, rule.labels ?? {}])
      );
    });
    for (const rule of groups.flatMap((group) => group.rules)) {
      expect(rule.record).toEqual({ metric: rule.record.metric, from: 'A', target_datasource_uid: 'prom-uid' });
      expect(rule.data).toHaveLength(1);
      expect(rule.data[0]).toMatchObject({ datasourceUid: 'prom-uid', model: { instant: true } });
      // A recording rule has no condition: Grafana tells it from an alert rule by its record block.
      expect(rule.condition).toBeUndefined();
    }
  });

  it('follow the saved threshold: kwiatex’s good requests are counted under 0.5 s, everyone else’s under 0.2 s', () => {
    const good = groupsFor(kwiatex500ms)
      .flatMap((group) => group.rules)
      .find((rule) => rule.record.metric === 'shoppulse:sla_good_requests:rate5m')!;
    expect(good.data[0].model.expr).toContain('tenant=~"kwiatex"');
    expect(good.data[0].model.expr).toContain('le=~"0\\\\.50*"');
    expect(good.data[0].model.expr).toContain('le=~"0\\\\.20*"');
  });

  it('give every rule a uid Grafana accepts and a title of its own, the same on every install', () => {
    const rules = groupsFor(CONTRACTS).flatMap((group) => group.rules);
    expect(new Set(rules.map((rule) => rule.uid)).size).toBe(rules.length);
    expect(new Set(rules.map((rule) => rule.title)).size).toBe(rules.length);
    expect(rules.every((rule) => /^[a-zA-Z0-9_-]{1,40}$/.test(rule.uid))).toBe(true);
    expect(groupsFor(CONTRACTS)).toEqual(groupsFor(CONTRACTS));
  });

  it('come with the install only when the admin asks for them, after the alert rules', () => {
    const titles = (records?: { contracts: Contracts; windows: [] }) =>
      desiredObjects('prom-uid', BUNDLE_FOLDER, {}, records).map((object) => object.key);
    const withRecords = titles({ contracts: CONTRACTS, windows: [] });
    expect(titles().some((key) => key.startsWith('shoppulse-grafana-'))).toBe(false);
    expect(withRecords.slice(0, titles().length)).toEqual(titles());
    expect(withRecords.slice(titles().length)).toEqual(
      slaRuleGroups(CONTRACTS, []).map((group) => grafanaGroupName(group.name))
    );
  });
});
