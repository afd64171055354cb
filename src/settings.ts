import { DEPLOYMENT_LABEL, SLA, TENANT_LABEL } from './catalog';

/** What an admin saves on the app's configuration page (the plugin's jsonData). */
export interface AppSettings {
  datasourceUid?: string;
  tenantLabel?: string;
  deploymentLabel?: string;
  /** SLA target in per cent, 0 < target < 100. */
  slaTargetPercent?: number;
  slaThresholdMs?: number;
}

export interface ResolvedSettings {
  datasourceUid?: string;
  tenantLabel: string;
  deploymentLabel: string;
  slaTarget: number;
  slaThresholdSeconds: number;
}

export const DEFAULT_SETTINGS = {
  tenantLabel: TENANT_LABEL,
  deploymentLabel: DEPLOYMENT_LABEL,
  slaTargetPercent: SLA.target * 100,
  slaThresholdMs: SLA.thresholdSeconds * 1000,
};

/** Fills what the admin left empty with the contract's defaults. */
export function resolveSettings(jsonData: AppSettings | undefined): ResolvedSettings {
  const data = jsonData ?? {};
  return {
    datasourceUid: data.datasourceUid || undefined,
    tenantLabel: data.tenantLabel?.trim() || DEFAULT_SETTINGS.tenantLabel,
    deploymentLabel: data.deploymentLabel?.trim() || DEFAULT_SETTINGS.deploymentLabel,
    slaTarget: (data.slaTargetPercent ?? DEFAULT_SETTINGS.slaTargetPercent) / 100,
    slaThresholdSeconds: (data.slaThresholdMs ?? DEFAULT_SETTINGS.slaThresholdMs) / 1000,
  };
}
