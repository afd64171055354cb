import { deploysExpr, partnerAlertsExpr, partnerDeploysExpr } from './annotations';

const RENAMED = { tenantLabel: 'customer', deploymentLabel: 'site' };

describe('annotation queries with renamed labels', () => {
  it('groups deploys by the configured deployment label', () => {
    expect(deploysExpr(RENAMED)).toBe(
      'count by (site, service, version) (shop_build_info) unless count by (site, service, version) (shop_build_info offset 5m)'
    );
  });

  it('joins a partner’s deploys on the configured labels and escapes the partner', () => {
    const expr = partnerDeploysExpr('kwi"atex', RENAMED);
    expect(expr).toContain(' and on (site) shop_sessions_total{customer="kwi\\"atex"}');
    expect(expr).not.toMatch(/\bdeployment\b|\btenant\b/);
  });

  it('finds a partner’s alerts by the configured labels', () => {
    expect(partnerAlertsExpr('kwiatex', RENAMED)).toBe(
      'ALERTS{alertstate="firing",customer="kwiatex"} or (ALERTS{alertstate="firing",customer=""} and on (site) shop_sessions_total{customer="kwiatex"})'
    );
  });

  it('refuses a label name that is not one', () => {
    expect(() => deploysExpr({ ...RENAMED, deploymentLabel: 'site) or vector(1' })).toThrow();
  });
});
