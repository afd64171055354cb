import { resolveSettings } from './settings';

describe('resolveSettings', () => {
  it('falls back to the contract for everything the admin left empty', () => {
    expect(resolveSettings(undefined)).toEqual({
      datasourceUid: undefined,
      tenantLabel: 'tenant',
      deploymentLabel: 'deployment',
      slaTarget: 0.95,
      slaThresholdSeconds: 0.2,
    });
  });

  it('turns the saved per cent and milliseconds into the fractions and seconds queries use', () => {
    expect(
      resolveSettings({ datasourceUid: 'prom', tenantLabel: ' partner ', slaTargetPercent: 99.5, slaThresholdMs: 300 })
    ).toEqual({
      datasourceUid: 'prom',
      tenantLabel: 'partner',
      deploymentLabel: 'deployment',
      slaTarget: 0.995,
      slaThresholdSeconds: 0.3,
    });
  });
});
