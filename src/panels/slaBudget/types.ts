import { SLA, TENANT_LABEL } from '../../catalog';

/** The "SLA budget" panel's options; the defaults are the catalog's SLA and the contract's partner label. */
export interface SlaBudgetOptions {
  target: number;
  tenantLabel: string;
}

export const DEFAULT_SLA_BUDGET_OPTIONS: SlaBudgetOptions = { target: SLA.target, tenantLabel: TENANT_LABEL };
