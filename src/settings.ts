import { DEPLOYMENT_LABEL, TENANT_LABEL } from './catalog';

/**
 * What an admin saves on the app's configuration page (the plugin's jsonData). Older versions also saved
 * `slaTargetPercent` and `slaThresholdMs`; they are ignored, because the SLA is the catalog's (`SLA`) until
 * per-partner contracts arrive, and a setting that moved only the colours would contradict the budget and alerts.
 */
export interface AppSettings {
  datasourceUid?: string;
  tenantLabel?: string;
  deploymentLabel?: string;
}

export interface ResolvedSettings {
  datasourceUid?: string;
  tenantLabel: string;
  deploymentLabel: string;
}

export const DEFAULT_SETTINGS = {
  tenantLabel: TENANT_LABEL,
  deploymentLabel: DEPLOYMENT_LABEL,
};

/** Fills what the admin left empty with the contract's defaults. */
export function resolveSettings(jsonData: AppSettings | undefined): ResolvedSettings {
  const data = jsonData ?? {};
  return {
    datasourceUid: data.datasourceUid || undefined,
    tenantLabel: data.tenantLabel?.trim() || DEFAULT_SETTINGS.tenantLabel,
    deploymentLabel: data.deploymentLabel?.trim() || DEFAULT_SETTINGS.deploymentLabel,
  };
}
