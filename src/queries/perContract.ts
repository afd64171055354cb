import { TENANT_LABEL } from '../catalog';
import { CONTRACTS, type Contracts, DEFAULT_CONTRACT, type SlaContract, contractOf } from '../catalog/contracts';
import type { FilterValue } from './business';
import { type Matcher, anyOf } from './selector';

/**
 * One expression per value a contract term takes (`term`: the target's budget, the threshold), each narrowed to the
 * partners signed on it, joined by `or`. Partners without a contract of their own take the default's, so while every
 * partner is on it, the expression is the default's alone, without a partner matcher.
 */
export function perContract<T>(
  term: (contract: SlaContract) => T,
  build: (value: T, partners: Matcher[]) => string,
  contracts: Contracts = CONTRACTS
): string {
  const byValue = new Map<T, string[]>();
  for (const partner of Object.keys(contracts).sort()) {
    const value = term(contractOf(partner, contracts));
    if (value !== term(DEFAULT_CONTRACT)) {
      byValue.set(value, [...(byValue.get(value) ?? []), partner]);
    }
  }
  const others = [...byValue.values()].flat();
  const parts = [
    build(term(DEFAULT_CONTRACT), others.length ? [{ ...anyOf(TENANT_LABEL, others), op: '!~' as const }] : []),
    ...[...byValue].map(([value, partners]) => build(value, [anyOf(TENANT_LABEL, partners)])),
  ];
  return parts.join(' or ');
}

/** A contract as one comparable value, for `perContract` over whole contracts (`JSON.parse` gives it back). */
export const contractKey = (contract: SlaContract) =>
  JSON.stringify({ target: contract.target, thresholdSeconds: contract.thresholdSeconds, timeZone: contract.timeZone });

/** A page's partner's contract: a dashboard's partner variable may stand for any, so it reads the default. */
export const contractFor = (tenant: FilterValue | undefined, contracts: Contracts = CONTRACTS): SlaContract =>
  typeof tenant === 'string' ? contractOf(tenant, contracts) : DEFAULT_CONTRACT;
