import { CHANGE_SERIES, DEPLOYMENT_LABEL, TENANT_LABEL } from '../catalog';
import { partnerMaintenanceExpr } from './maintenanceAnnotations';
import { presenceSelector } from './presence';
import { type LabelNames, eq, labelName, neq, selector } from './selector';

/** The PromQL behind the pages' annotation layers: each series becomes a marker while it has a value. */

const builds = (deployment: string, offset = '') =>
  `count by (${deployment}, service, version) (${CHANGE_SERIES.builds}${offset})`;

/** Deploys, from the version series: a version that did not exist five minutes earlier (no Grafana API needed). */
export function deploysExpr(names: LabelNames): string {
  const deployment = labelName(DEPLOYMENT_LABEL, names);
  return `${builds(deployment)} unless ${builds(deployment, ' offset 5m')}`;
}

/** A service loaded a new configuration. */
export const CONFIG_RELOADS_EXPR = `changes(${CHANGE_SERIES.configReloads}[2m]) > 0`;

/** A feature flag was switched on or off. */
export const FLAG_CHANGES_EXPR = `changes(${CHANGE_SERIES.featureFlags}[2m]) > 0`;

/** A background job run that did not succeed. */
export const JOB_FAILURES_EXPR = `increase(${selector(CHANGE_SERIES.jobRuns, [neq('outcome', 'success')])}[5m]) > 0`;

/** Prometheus's own series of firing alerts, from the rule files in `rules/`. */
export const FIRING_ALERTS_EXPR = selector(CHANGE_SERIES.alerts, [eq('alertstate', 'firing')]);

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
  const firing = (tenant: string) =>
    selector(CHANGE_SERIES.alerts, [eq('alertstate', 'firing'), eq(TENANT_LABEL, tenant)], names);
  return `${firing(partner)} or (${firing('')} and on (${deployment}) ${partnerSessions(partner, names)})`;
}

/** The What changed page's annotation layers, by layer. */
export const changeAnnotationExprs = (names: LabelNames) => ({
  deploys: deploysExpr(names),
  configReloads: CONFIG_RELOADS_EXPR,
  flagChanges: FLAG_CHANGES_EXPR,
  jobFailures: JOB_FAILURES_EXPR,
  alerts: FIRING_ALERTS_EXPR,
});

/** A partner page's annotation layers, by layer. */
export const partnerAnnotationExprs = (partner: string, names: LabelNames) => ({
  deploys: partnerDeploysExpr(partner, names),
  alerts: partnerAlertsExpr(partner, names),
  maintenance: partnerMaintenanceExpr(partner, names),
});
