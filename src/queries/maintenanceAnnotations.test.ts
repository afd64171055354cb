import { DASHBOARD_LABELS } from './selector';
import { partnerMaintenanceExpr } from './maintenanceAnnotations';

const RENAMED = { tenantLabel: 'customer', deploymentLabel: 'site' };

describe('the maintenance annotation query', () => {
  it('reads the recorded windows naming the partner, and those of the deployments it runs on', () => {
    expect(partnerMaintenanceExpr('sportowo')).toBe(
      'shoppulse:sla_maintenance:active{tenant="sportowo"} or (shoppulse:sla_maintenance:active{tenant=""} and on (deployment) last_over_time(shoppulse:sla_requests:rate30d{tenant="sportowo"}[10m]))'
    );
  });

  it('uses the configured label names and escapes the partner', () => {
    const expr = partnerMaintenanceExpr('kwi"at\\ex', RENAMED);
    expect(expr).toBe(
      'shoppulse:sla_maintenance:active{customer="kwi\\"at\\\\ex"} or (shoppulse:sla_maintenance:active{customer=""} and on (site) last_over_time(shoppulse:sla_requests:rate30d{customer="kwi\\"at\\\\ex"}[10m]))'
    );
    expect(expr).not.toMatch(/\bdeployment\b|\btenant\b/);
  });

  it('leaves the dashboard’s partner and label names to Grafana', () => {
    expect(partnerMaintenanceExpr({ variable: 'partner' }, DASHBOARD_LABELS)).toBe(
      'shoppulse:sla_maintenance:active{${tenant_label}=~"$partner"} or (shoppulse:sla_maintenance:active{${tenant_label}=""} and on (${deployment_label}) last_over_time(shoppulse:sla_requests:rate30d{${tenant_label}=~"$partner"}[10m]))'
    );
  });

  it('refuses a label name that is not one', () => {
    expect(() => partnerMaintenanceExpr('sportowo', { ...RENAMED, deploymentLabel: 'site) or vector(1' })).toThrow();
  });
});
