import { checkoutAlerts } from './checkout';
import { dependencyAlerts } from './dependencies';
import { jobAlerts } from './jobs';
import { monitoringAlerts } from './monitoring';
import { platformAlerts } from './platform';
import { saturationAlerts } from './saturation';
import { slaAlerts } from './sla';
import type { AlertDef } from './types';

export * from './types';
export { ALERT_LEVELS } from './levels';
export * from './activity';

/** Every alert template of ShopPulse, the single source for rule files, runbooks and routing. */
export const ALERTS: AlertDef[] = [
  ...slaAlerts,
  ...checkoutAlerts,
  ...dependencyAlerts,
  ...jobAlerts,
  ...platformAlerts,
  ...saturationAlerts,
  ...monitoringAlerts,
];

export const RUNBOOK_BASE_URL = 'https://github.com/shoppulse/shoppulse-observability-app/blob/main/docs/runbooks.md';
