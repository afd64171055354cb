import { type LabelNames, eq, selector } from './selector';

/** The PromQL behind the pages' annotation layers: each series becomes a marker while it has a value. */

const builds = (offset = '') => `count by (deployment, service, version) (shop_build_info${offset})`;

/** Deploys, from the version series: a version that did not exist five minutes earlier (no Grafana API needed). */
export const DEPLOYS_EXPR = `${builds()} unless ${builds(' offset 5m')}`;

/** A service loaded a new configuration. */
export const CONFIG_RELOADS_EXPR = 'changes(shop_config_last_reload_success_timestamp_seconds[2m]) > 0';

/** A feature flag was switched on or off. */
export const FLAG_CHANGES_EXPR = 'changes(shop_feature_flag_enabled[2m]) > 0';

/** A background job run that did not succeed. */
export const JOB_FAILURES_EXPR = 'increase(shop_job_runs_total{outcome!="success"}[5m]) > 0';

/** Prometheus's own series of firing alerts, from the rule files in `rules/`. */
export const FIRING_ALERTS_EXPR = 'ALERTS{alertstate="firing"}';

/** Deploys on one partner's deployment only. */
export function partnerDeploysExpr(partner: string, names: LabelNames): string {
  const partnerDeployment = `group by (deployment) (${selector('shop_sessions_total', [eq('tenant', partner)], names)})`;
  return `(${DEPLOYS_EXPR}) * on (deployment) group_left () ${partnerDeployment}`;
}
