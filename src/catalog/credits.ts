/**
 * One step of a contract's service-credit scale: a month whose share of good requests is below `below` earns the
 * partner `credit`, a share of its monthly fee. "Below 95%: 10%" is `{ below: 0.95, credit: 0.1 }`.
 */
export interface CreditStep {
  below: number;
  credit: number;
}

/** What a breach costs: the monthly fee (PLN) the credits are shares of, and the scale. No scale, no credit. */
export interface CreditTerms {
  monthlyFee: number;
  credits: readonly CreditStep[];
}

export interface CreditOwed {
  /** The share of the monthly fee. */
  share: number;
  /** In PLN. */
  amount: number;
}

/** The credit a month earns: the largest step whose line it fell below; undefined when it fell below none. */
export function creditOwed(terms: CreditTerms, compliance: number): CreditOwed | undefined {
  const earned = terms.credits.filter((step) => compliance < step.below).map((step) => step.credit);
  if (!earned.length) {
    return undefined;
  }
  const share = Math.max(...earned);
  return { share, amount: Math.round(share * terms.monthlyFee * 100) / 100 };
}

const isShare = (value: unknown) => typeof value === 'number' && value > 0 && value <= 1;

/** What is wrong with a contract's credit terms, in words an admin can act on; empty when nothing is. */
export function creditProblems(partner: string, terms: Partial<CreditTerms>): string[] {
  const { monthlyFee, credits } = terms;
  const problems: string[] = [];
  if (monthlyFee !== undefined && !(typeof monthlyFee === 'number' && Number.isFinite(monthlyFee) && monthlyFee >= 0)) {
    problems.push(`${partner}: the monthly fee must be an amount in PLN, 0 or more, not ${monthlyFee}`);
  }
  if (credits === undefined) {
    return problems;
  }
  if (!Array.isArray(credits) || !credits.every((step) => isShare(step?.below) && isShare(step?.credit))) {
    problems.push(
      `${partner}: each service-credit step needs a line below which it applies and a credit, both shares between ` +
        '0 and 1 (below 0.95, credit 0.1 for "10% of the fee below 95%")'
    );
  } else if (credits.length && !(typeof monthlyFee === 'number' && monthlyFee > 0)) {
    problems.push(`${partner}: service credits are shares of the monthly fee: give the fee`);
  }
  return problems;
}
