import { resolveSettings } from './settings';

describe('resolveSettings', () => {
  it('falls back to the contract for everything the admin left empty', () => {
    expect(resolveSettings(undefined)).toEqual({
      datasourceUid: undefined,
      tenantLabel: 'tenant',
      deploymentLabel: 'deployment',
    });
  });

  it('trims the saved label names', () => {
    expect(resolveSettings({ datasourceUid: 'prom', tenantLabel: ' partner ' })).toEqual({
      datasourceUid: 'prom',
      tenantLabel: 'partner',
      deploymentLabel: 'deployment',
    });
  });

  it('reads jsonData saved by older versions with an SLA target and threshold, and ignores them', () => {
    // Saved before the SLA settings were removed: Grafana still hands these fields to the app.
    const saved = { datasourceUid: 'prom', tenantLabel: 'partner', slaTargetPercent: 99, slaThresholdMs: 300 };
    expect(resolveSettings(saved)).toEqual(resolveSettings({ datasourceUid: 'prom', tenantLabel: 'partner' }));
  });
});
