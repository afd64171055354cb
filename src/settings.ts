import { DEPLOYMENT_LABEL, TENANT_LABEL } from './catalog';
import { CONTRACTS, type Contracts, contractProblems } from './catalog/contracts';

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
}

export interface ResolvedSettings {
  datasourceUid?: string;
  tenantLabel: string;
  deploymentLabel: string;
  contracts: Contracts;
}

export const DEFAULT_SETTINGS = {
  tenantLabel: TENANT_LABEL,
  deploymentLabel: DEPLOYMENT_LABEL,
};

/**
 * Fills what the admin left empty with the defaults. Saved contracts replace the catalog's; one the page could not
 * have saved (edited by hand through the API) is left out, so its partner keeps the default rather than breaking.
 */
export function resolveSettings(jsonData: AppSettings | undefined): ResolvedSettings {
  const data = jsonData ?? {};
  const saved = Object.entries(data.contracts ?? CONTRACTS).filter(
    ([partner, contract]) => contractProblems(partner, contract).length === 0
  );
  return {
    datasourceUid: data.datasourceUid || undefined,
    tenantLabel: data.tenantLabel?.trim() || DEFAULT_SETTINGS.tenantLabel,
    deploymentLabel: data.deploymentLabel?.trim() || DEFAULT_SETTINGS.deploymentLabel,
    contracts: Object.fromEntries(saved),
  };
}
