import { jobAlerts } from './jobs';
import { platformAlerts } from './platform';
import { slaAlerts } from './sla';
import type { AlertDef } from './types';

export * from './types';

/** Every alert template of ShopPulse, the single source for rule files, runbooks and routing. */
export const ALERTS: AlertDef[] = [...slaAlerts, ...jobAlerts, ...platformAlerts];

export const RUNBOOK_BASE_URL = 'https://github.com/shoppulse/shoppulse-observability-app/blob/main/docs/runbooks.md';
