import { CONTRACTS } from './catalog/contracts';
import { MAINTENANCE_WINDOWS, type MaintenanceWindow } from './catalog/maintenance';
import { resolveSettings } from './settings';

describe('resolveSettings', () => {
  it('falls back to the contract for everything the admin left empty', () => {
    expect(resolveSettings(undefined)).toEqual({
      datasourceUid: undefined,
      tenantLabel: 'tenant',
      deploymentLabel: 'deployment',
      contracts: CONTRACTS,
      maintenance: MAINTENANCE_WINDOWS,
    });
  });

  it('trims the saved label names', () => {
    expect(resolveSettings({ datasourceUid: 'prom', tenantLabel: ' partner ' })).toEqual({
      datasourceUid: 'prom',
      tenantLabel: 'partner',
      deploymentLabel: 'deployment',
      contracts: CONTRACTS,
      maintenance: MAINTENANCE_WINDOWS,
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

  it('keeps the saved maintenance windows, and leaves out one the configuration page could not have saved', () => {
    const upgrade: MaintenanceWindow = {
      partner: 'sportowo',
      from: '2026-11-24T02:00:00Z',
      to: '2026-11-24T04:00:00Z',
      reason: 'database upgrade',
    };
    const maintenance = [
      upgrade,
      { deployment: 'dep-b', from: '2026-11-25T02:00:00Z', to: '2026-11-25T03:00:00Z', reason: 'network' },
      // Written through the API by hand: local time instead of UTC, an end before the start, no scope, no object.
      { partner: 'kwiatex', from: '2026-11-24 02:00', to: '2026-11-24T04:00:00Z', reason: 'upgrade' },
      { partner: 'kwiatex', from: '2026-11-24T04:00:00Z', to: '2026-11-24T02:00:00Z', reason: 'upgrade' },
      { from: '2026-11-24T02:00:00Z', to: '2026-11-24T04:00:00Z', reason: 'upgrade' },
      null,
    ] as MaintenanceWindow[];
    expect(resolveSettings({ maintenance }).maintenance).toEqual(maintenance.slice(0, 2));
  });

  it('uses the catalog’s maintenance windows until some are saved, and none once an empty list is', () => {
    expect(resolveSettings({}).maintenance).toEqual(MAINTENANCE_WINDOWS);
    expect(resolveSettings({ maintenance: [] }).maintenance).toEqual([]);
    // Not a list at all (edited by hand): no window rather than a broken page.
    expect(resolveSettings({ maintenance: 'none' as never }).maintenance).toEqual([]);
  });
});
