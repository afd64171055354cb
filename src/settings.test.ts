import { resolveSettings } from './settings';

describe('resolveSettings', () => {
  it('falls back to the contract for everything the admin left empty', () => {
    expect(resolveSettings(undefined)).toEqual({
      datasourceUid: undefined,
      tenantLabel: 'tenant',
      deploymentLabel: 'deployment',
      contracts: {},
    });
  });

  it('trims the saved label names', () => {
    expect(resolveSettings({ datasourceUid: 'prom', tenantLabel: ' partner ' })).toEqual({
      datasourceUid: 'prom',
      tenantLabel: 'partner',
      deploymentLabel: 'deployment',
      contracts: {},
    });
  });

  it('keeps the saved contracts, and leaves out one the configuration page could not have saved', () => {
    const contracts = {
      kwiatex: { target: 0.99, thresholdSeconds: 0.5 },
      // Written through the API by hand: a per cent for a share, a threshold between buckets.
      sportowo: { target: 99 },
      bobasek: { thresholdSeconds: 0.25 },
    };
    expect(resolveSettings({ contracts }).contracts).toEqual({ kwiatex: { target: 0.99, thresholdSeconds: 0.5 } });
  });

  it('reads jsonData saved by older versions with an SLA target and threshold, and ignores them', () => {
    // Saved before the SLA settings were removed: Grafana still hands these fields to the app.
    const saved = { datasourceUid: 'prom', tenantLabel: 'partner', slaTargetPercent: 99, slaThresholdMs: 300 };
    expect(resolveSettings(saved)).toEqual(resolveSettings({ datasourceUid: 'prom', tenantLabel: 'partner' }));
  });
});
