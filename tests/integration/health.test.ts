import { HEALTH_CHECKS, type HealthCheckDef } from '../../src/catalog/health';
import { healthExpr } from '../../src/queries/health';
import { query } from '../stack/client';
import { stackInfo } from '../stack/fixture';

const { url, end } = stackInfo();
const HOUR = 3600;
const WEEK = 7 * 86400;
const check = (id: HealthCheckDef['id']) => HEALTH_CHECKS.find((candidate) => candidate.id === id)!;

/** The places where a check is past its line, at `time`. */
async function red(id: HealthCheckDef['id'], time: number, filters = {}) {
  const { threshold } = check(id);
  const samples = await query(url, healthExpr(check(id), filters, '6h'), time);
  return samples
    .filter((s) => (threshold.worse === 'above' ? s.value >= threshold.value : s.value <= threshold.value))
    .map((s) => Object.values(s.metric).join(' '))
    .sort();
}

describe('the health checks against the simulator’s Prometheus', () => {
  it('answers every check for the whole shop', async () => {
    for (const health of HEALTH_CHECKS) {
      expect(await query(url, healthExpr(health, {}, '6h'), end)).not.toEqual([]);
    }
  });

  // The default scenario: last night's fraud check never ran, index maintenance fails on dep-a, InPost's status sync
  // fails on dep-c for the last 5 hours, and bobasek's certificate expires in 9 days.
  it('turns red exactly where the scenario broke the jobs and the certificate', async () => {
    expect(await red('job_overdue', end)).toEqual([
      'dep-a fraud_check',
      'dep-a index_maintenance',
      'dep-b fraud_check',
      'dep-c fraud_check',
      'dep-c inpost_status_sync',
    ]);
    expect(await red('job_failures', end)).toEqual(['dep-c inpost_status_sync']);
    expect(await red('cert_expiry', end)).toEqual(['https://bobasek.example bobasek']);
  });

  it('sees the e-mail backlog grow while its consumer was down, and not after', async () => {
    // dep-a's e-mail consumer was down from 10 to 8 hours before the end.
    expect(await red('queue_growth', end - 9 * HOUR)).toEqual(['dep-a emails']);
    expect(await red('queue_growth', end)).toEqual([]);
  });

  it('is all green in the calm week before', async () => {
    for (const health of HEALTH_CHECKS) {
      expect(await red(health.id, end - WEEK)).toEqual([]);
    }
  });

  it('narrows to a deployment and partner, and never widens on hostile names', async () => {
    expect(await red('job_overdue', end, { deployment: 'dep-c' })).toEqual([
      'dep-c fraud_check',
      'dep-c inpost_status_sync',
    ]);
    for (const health of HEALTH_CHECKS) {
      const hostile = await query(
        url,
        healthExpr(health, { tenant: '.+', deployment: 'dep-a"} or up{x="' }, '6h'),
        end
      );
      expect(hostile).toEqual([]);
    }
  });
});
