import { DEPLOYMENT_LABEL, TENANT_LABEL } from '../catalog';
import { presenceSelector } from './presence';
import { type LabelNames, eq, labelName, selector } from './selector';

/** The PromQL behind the pages' annotation layers: each series becomes a marker while it has a value. */

const builds = (deployment: string, offset = '') =>
  `count by (${deployment}, service, version) (shop_build_info${offset})`;

/** Deploys, from the version series: a version that did not exist five minutes earlier (no Grafana API needed). */
export function deploysExpr(names: LabelNames): string {
  const deployment = labelName(DEPLOYMENT_LABEL, names);
  return `${builds(deployment)} unless ${builds(deployment, ' offset 5m')}`;
}

/** A service loaded a new configuration. */
export const CONFIG_RELOADS_EXPR = 'changes(shop_config_last_reload_success_timestamp_seconds[2m]) > 0';

/** A feature flag was switched on or off. */
export const FLAG_CHANGES_EXPR = 'changes(shop_feature_flag_enabled[2m]) > 0';

/** A background job run that did not succeed. */
export const JOB_FAILURES_EXPR = 'increase(shop_job_runs_total{outcome!="success"}[5m]) > 0';

/** Prometheus's own series of firing alerts, from the rule files in `rules/`. */
export const FIRING_ALERTS_EXPR = 'ALERTS{alertstate="firing"}';

/** Any series of the partner: `and on (deployment)` with it keeps what concerns the partner's deployment. */
const partnerSessions = (partner: string, names: LabelNames) => presenceSelector([eq(TENANT_LABEL, partner)], names);

/** Deploys on one partner's deployment only. */
export function partnerDeploysExpr(partner: string, names: LabelNames): string {
  const deployment = labelName(DEPLOYMENT_LABEL, names);
  return `(${deploysExpr(names)}) and on (${deployment}) ${partnerSessions(partner, names)}`;
}

/**
 * The alerts firing about one partner: those naming it, and those about its deployment as a whole (no partner label),
 * so a neighbour's SLA alert on the same deployment stays off its page. Shop-wide alerts are on What changed.
 */
export function partnerAlertsExpr(partner: string, names: LabelNames): string {
  const deployment = labelName(DEPLOYMENT_LABEL, names);
  const firing = (tenant: string) => selector('ALERTS', [eq('alertstate', 'firing'), eq(TENANT_LABEL, tenant)], names);
  return `${firing(partner)} or (${firing('')} and on (${deployment}) ${partnerSessions(partner, names)})`;
}
