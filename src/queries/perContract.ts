import { TENANT_LABEL } from '../catalog';
import {
  CONTRACTS,
  type Contracts,
  DEFAULT_CONTRACT,
  type SlaContract,
  contractOf,
  errorBudgetOf,
} from '../catalog/contracts';
import type { FilterValue } from './business';
import { type Matcher, anyOf } from './selector';

/**
 * One expression per value a contract term takes (`term`: the target's budget, the threshold), each narrowed to the
 * partners signed on it, joined by `or`; `build` also gets one contract of those partners, for figures that read more
 * than the term. Partners without a contract of their own take the default's, so while every partner is on it, the
 * expression is the default's alone, without a partner matcher. For one partner (`tenant`, a name rather than a
 * dashboard variable) it is that partner's contract's part alone.
 */
export function perContract<T>(
  term: (contract: SlaContract) => T,
  build: (value: T, partners: Matcher[], contract: SlaContract) => string,
  contracts: Contracts = CONTRACTS,
  tenant?: FilterValue
): string {
  if (typeof tenant === 'string') {
    const contract = contractOf(tenant, contracts);
    return build(term(contract), [], contract);
  }
  const byValue = new Map<T, { partners: string[]; contract: SlaContract }>();
  for (const partner of Object.keys(contracts).sort()) {
    const contract = contractOf(partner, contracts);
    const value = term(contract);
    if (value !== term(DEFAULT_CONTRACT)) {
      const group = byValue.get(value) ?? { partners: [], contract };
      byValue.set(value, { ...group, partners: [...group.partners, partner] });
    }
  }
  const others = [...byValue.values()].flatMap((group) => group.partners);
  const defaults = others.length ? [{ ...anyOf(TENANT_LABEL, others), op: '!~' as const }] : [];
  return [
    build(term(DEFAULT_CONTRACT), defaults, DEFAULT_CONTRACT),
    ...[...byValue].map(([value, group]) => build(value, [anyOf(TENANT_LABEL, group.partners)], group.contract)),
  ].join(' or ');
}

/** What an SLA figure depends on in a contract: its budget and its threshold (the calendar is another matter). */
export const slaTerms = (contract: SlaContract) => `${errorBudgetOf(contract)}/${contract.thresholdSeconds}`;

/** A page's partner's contract: a dashboard's partner variable may stand for any, so it reads the default. */
export const contractFor = (tenant: FilterValue | undefined, contracts: Contracts = CONTRACTS): SlaContract =>
  typeof tenant === 'string' ? contractOf(tenant, contracts) : DEFAULT_CONTRACT;
