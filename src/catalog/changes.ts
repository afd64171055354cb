/** The series that say what changed and where: what the What changed page and the annotation layers read. */
export const CHANGE_SERIES = {
  /** Always 1, one series per version running: a version that was not there before is a deploy. */
  builds: 'shop_build_info',
  /** When a service last loaded its configuration. */
  configReloads: 'shop_config_last_reload_success_timestamp_seconds',
  featureFlags: 'shop_feature_flag_enabled',
  /** Background job runs by outcome. */
  jobRuns: 'shop_job_runs_total',
  /** Prometheus's own series of the alerts its rule files raise. */
  alerts: 'ALERTS',
};
