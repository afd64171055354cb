import { STANDARD_CREDITS, contractProblems } from './contracts';
import { creditOwed } from './credits';

describe('service credits', () => {
  const terms = { monthlyFee: 12_000, credits: STANDARD_CREDITS };

  it('grants the largest credit of the lines a month fell below, none at or above the highest', () => {
    expect(creditOwed(terms, 0.95)).toBeUndefined();
    expect(creditOwed(terms, 0.9499)).toEqual({ share: 0.1, amount: 1200 });
    expect(creditOwed(terms, 0.9)).toEqual({ share: 0.1, amount: 1200 });
    expect(creditOwed(terms, 0.8)).toEqual({ share: 0.25, amount: 3000 });
    expect(creditOwed({ monthlyFee: 0, credits: [] }, 0.5)).toBeUndefined();
  });

  it('refuses terms no credit can be computed from, naming the partner', () => {
    expect(contractProblems('kwiatex', terms)).toEqual([]);
    expect(contractProblems('kwiatex', { monthlyFee: -1 })).toEqual([
      'kwiatex: the monthly fee must be an amount in PLN, 0 or more, not -1',
    ]);
    expect(contractProblems('kwiatex', { credits: STANDARD_CREDITS })).toEqual([
      'kwiatex: service credits are shares of the monthly fee: give the fee',
    ]);
    expect(contractProblems('kwiatex', { monthlyFee: 100, credits: [{ below: 95, credit: 10 }] })[0]).toMatch(
      /^kwiatex: each service-credit step needs .* both shares between 0 and 1/
    );
  });
});
