import { SLA } from './sla';
import { type CreditStep, type CreditTerms, creditProblems } from './credits';
import { findMetric } from './index';

/**
 * What a partner signed: the share of good requests promised, the response time a good request stays under, the
 * time zone whose calendar months the contract is judged over (an IANA name), and the service credits a month below
 * the promise earns (`CreditTerms`).
 */
export interface SlaContract extends CreditTerms {
  target: number;
  thresholdSeconds: number;
  timeZone: string;
}

/**
 * The case's contract, "95% of requests succeed in under 200 ms", over Warsaw's months, without service credits:
 * every partner's by default.
 */
export const DEFAULT_CONTRACT: SlaContract = {
  target: SLA.target,
  thresholdSeconds: SLA.thresholdSeconds,
  timeZone: 'Europe/Warsaw',
  monthlyFee: 0,
  credits: [],
};

/** A common scale: 10% of the monthly fee for a month below 95%, 25% below 90%. */
export const STANDARD_CREDITS: readonly CreditStep[] = [
  { below: 0.95, credit: 0.1 },
  { below: 0.9, credit: 0.25 },
];

/**
 * Partners whose contract differs from the default, and how. The demo's four partners signed the case's SLA and pay
 * a monthly fee with the standard credit scale.
 */
export type Contracts = Readonly<Record<string, Partial<SlaContract>>>;
export const CONTRACTS: Contracts = {
  bobasek: { monthlyFee: 15_000, credits: STANDARD_CREDITS },
  kwiatex: { monthlyFee: 12_000, credits: STANDARD_CREDITS },
  sportowo: { monthlyFee: 20_000, credits: STANDARD_CREDITS },
  techmania: { monthlyFee: 25_000, credits: STANDARD_CREDITS },
};

export function contractOf(partner: string, contracts: Contracts = CONTRACTS): SlaContract {
  return { ...DEFAULT_CONTRACT, ...contracts[partner] };
}

/** The share of requests a contract allows to be bad: 0.05 for a 95% target, without floating-point dust. */
export const errorBudgetOf = (contract: SlaContract) => Math.round((1 - contract.target) * 1e6) / 1e6;

/** The response times the SLA histogram can tell apart: a threshold must be one of them. */
export const SLA_THRESHOLDS: readonly number[] = findMetric(SLA.metric)?.buckets ?? [];

/** Whether `timeZone` is one the platform knows (an IANA name such as Europe/Warsaw). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a contract, in words an admin can act on; empty when nothing is. */
export function contractProblems(partner: string, contract: Partial<SlaContract>): string[] {
  const problems: string[] = [];
  const { target, thresholdSeconds, timeZone } = contract;
  if (target !== undefined && !(typeof target === 'number' && target > 0 && target < 1)) {
    problems.push(`${partner}: the target must be a share between 0 and 1 (0.95 for 95%), not ${target}`);
  }
  if (thresholdSeconds !== undefined && !SLA_THRESHOLDS.includes(thresholdSeconds)) {
    problems.push(
      `${partner}: a threshold of ${thresholdSeconds} s is not a bucket boundary of ${SLA.metric} ` +
        `(${SLA_THRESHOLDS.join(', ')} s), so no request could be judged against it`
    );
  }
  if (timeZone !== undefined && !(typeof timeZone === 'string' && isTimeZone(timeZone))) {
    problems.push(`${partner}: "${timeZone}" is not a time zone (an IANA name such as Europe/Warsaw)`);
  }
  return [...problems, ...creditProblems(partner, contract)];
}

/** The contracts, once checked: the rules are generated from them, so a wrong one stops the generator. */
export function checkedContracts(contracts: Contracts = CONTRACTS): Contracts {
  const problems = Object.entries(contracts).flatMap(([partner, contract]) => contractProblems(partner, contract));
  if (problems.length) {
    throw new Error(`Invalid SLA contracts:\n${problems.join('\n')}`);
  }
  return contracts;
}
