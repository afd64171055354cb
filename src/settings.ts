import { DEPLOYMENT_LABEL, TENANT_LABEL } from './catalog';
import { CONTRACTS, type Contracts, contractProblems } from './catalog/contracts';
import { MAINTENANCE_WINDOWS, type MaintenanceWindow, maintenanceProblems } from './catalog/maintenance';

/**
 * What an admin saves on the app's configuration page (the plugin's jsonData). Older versions also saved
 * `slaTargetPercent` and `slaThresholdMs` for every partner at once; they are ignored: contracts are per partner.
 */
export interface AppSettings {
  datasourceUid?: string;
  tenantLabel?: string;
  deploymentLabel?: string;
  /** The partners whose SLA contract differs from the default, as the configuration page saved them. */
  contracts?: Contracts;
  /** The planned maintenance windows, as the configuration page saved them (UTC instants). */
  maintenance?: MaintenanceWindow[];
}

export interface ResolvedSettings {
  datasourceUid?: string;
  tenantLabel: string;
  deploymentLabel: string;
  contracts: Contracts;
  maintenance: MaintenanceWindow[];
}

export const DEFAULT_SETTINGS = {
  tenantLabel: TENANT_LABEL,
  deploymentLabel: DEPLOYMENT_LABEL,
};

/** A window the configuration page could have saved; jsonData edited through the API may hold anything. */
const isSavableWindow = (window: unknown): window is MaintenanceWindow =>
  typeof window === 'object' && window !== null && maintenanceProblems([window as MaintenanceWindow]).length === 0;

/**
 * Fills what the admin left empty with the defaults. Saved contracts and maintenance windows replace the catalog's;
 * one the page could not have saved (edited by hand through the API) is left out, so its partner keeps the default
 * and a wrong window hides nothing rather than breaking the page.
 */
export function resolveSettings(jsonData: AppSettings | undefined): ResolvedSettings {
  const data = jsonData ?? {};
  const saved = Object.entries(data.contracts ?? CONTRACTS).filter(
    ([partner, contract]) => contractProblems(partner, contract).length === 0
  );
  const windows: unknown = data.maintenance ?? MAINTENANCE_WINDOWS;
  return {
    datasourceUid: data.datasourceUid || undefined,
    tenantLabel: data.tenantLabel?.trim() || DEFAULT_SETTINGS.tenantLabel,
    deploymentLabel: data.deploymentLabel?.trim() || DEFAULT_SETTINGS.deploymentLabel,
    contracts: Object.fromEntries(saved),
    maintenance: Array.isArray(windows) ? windows.filter(isSavableWindow) : [],
  };
}
