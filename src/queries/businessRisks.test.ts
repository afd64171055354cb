import { findRisk } from '../catalog/business';
import { HEALTH_CHECKS } from '../catalog/health';
import { backlogExpr, riskExpr } from './businessRisks';
import { healthExpr, jobOverdueExpr } from './health';

const missed = findRisk('fraud_check_missed');
const names = { tenantLabel: 'customer', deploymentLabel: 'site' };

describe('the risk that a scheduled job did not run', () => {
  it('is the job_overdue health check past its line, on the deployments of the chosen partner', () => {
    expect(riskExpr(missed, { tenant: 'sportowo' })).toBe(
      `max by (deployment) (${jobOverdueExpr('fraud_check')}) and on (deployment) ` +
        'sum by (deployment) (sum_over_time(shoppulse:shop_orders_paid:increase5m{tenant="sportowo"}[1h]))'
    );
    const overdue = healthExpr(HEALTH_CHECKS.find((check) => check.id === 'job_overdue')!);
    expect(overdue).toContain(jobOverdueExpr('fraud_check').replace(/ >= 1$/, ''));
  });

  it('counts the backlog from each deployment’s last success as of the query’s time, where the job is overdue', () => {
    const expr = backlogExpr(missed, 'revenue', { tenant: 'a"} or vector(1) #' }, names);
    expect(expr).toBe(
      'sum(sum_over_time((sum by (site) (shoppulse:shop_revenue_pln:increase5m{customer="a\\"} or vector(1) #"}) and on (site) ' +
        '(max by (site, job) (shop_job_last_success_timestamp_seconds{job="fraud_check"} @ end()) < time()))[7d:5m]) ' +
        `and on (site) (${riskExpr(missed, { tenant: 'a"} or vector(1) #' }, names)}))`
    );
  });

  it('refuses a backlog total the risk does not have', () => {
    expect(() => backlogExpr(missed, 'carts', {})).toThrow('carts is not in the backlog of fraud_check_missed');
    expect(() => backlogExpr(findRisk('fraud_above_normal'), 'revenue', {})).toThrow(/not in the backlog/);
  });
});
