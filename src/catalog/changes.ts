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
