import { METRIC } from './metricNames';
/** The series that say what changed and where: what the What changed page and the annotation layers read. */
export const CHANGE_SERIES = {
  /** Always 1, one series per version running: a version that was not there before is a deploy. */
  builds: METRIC.shopBuildInfo,
  /** When a service last loaded its configuration. */
  configReloads: METRIC.shopConfigLastReloadSuccessTimestampSeconds,
  featureFlags: METRIC.shopFeatureFlagEnabled,
  /** Background job runs by outcome. */
  jobRuns: METRIC.shopJobRunsTotal,
  /** Prometheus's own series of the alerts its rule files raise. */
  alerts: 'ALERTS',
};

/**
 * What a deploy or config change is judged by on business grounds, per partner of its deployment: money and orders
 * (which carry an expected range, see bands.ts), and the ratios that say where the orders went.
 */
export const IMPACT_KPIS = {
  judged: ['orders_paid', 'revenue'],
  shown: ['conversion', 'payment_success_card', 'payment_success_blik', 'payment_success_transfer'],
};
