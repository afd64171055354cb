import { type Contracts, type SlaContract, SLA_THRESHOLDS, isTimeZone } from '../../catalog/contracts';
import type { CreditStep } from '../../catalog/credits';
import type { MESSAGES } from './messages';

/** One partner's contract as the form edits it: texts as typed, empty meaning "the default's". */
export interface ContractRow {
  partner: string;
  /** The target in per cent, as typed ("99" or "99,5"). */
  targetPercent: string;
  thresholdSeconds?: number;
  timeZone?: string;
  /** PLN a month, as typed. */
  monthlyFee: string;
  /** The credit scale as "below:credit" pairs in per cent, as typed: "95:10, 90:25". */
  credits: string;
}

export type ContractRowErrors = Partial<
  Record<
    'partner' | 'targetPercent' | 'thresholdSeconds' | 'timeZone' | 'monthlyFee' | 'credits',
    keyof typeof MESSAGES
  >
>;

/** A share as per cent text without floating-point dust: 0.995 reads "99.5". */
const percentText = (share: number) => String(Math.round(share * 1e6) / 1e4);

/** "99,5" and "99.5" alike, as a share; undefined when it is no number. */
function shareOf(percent: string): number | undefined {
  const text = percent.trim().replace(',', '.');
  const value = Number(text);
  return text === '' || !Number.isFinite(value) ? undefined : Math.round(value * 1e4) / 1e6;
}

/** A number as typed, with a decimal comma or point and spaces between thousands; undefined when it is none. */
function numberOf(text: string): number | undefined {
  const plain = text.trim().replace(/\s/g, '').replace(',', '.');
  const value = Number(plain);
  return plain === '' || !Number.isFinite(value) ? undefined : value;
}

const creditsText = (steps: readonly CreditStep[]) =>
  steps.map((step) => `${percentText(step.below)}:${percentText(step.credit)}`).join(', ');

/** "95:10, 90:25" as steps; undefined when a pair is not two per cent figures between 0 and 100. */
function creditsOf(text: string): CreditStep[] | undefined {
  // Pairs part at a semicolon or a comma and space, so a decimal comma ("99,5:10") stays inside its pair.
  const pairs = text
    .split(/;|,\s+/)
    .map((pair) => pair.trim())
    .filter(Boolean);
  const steps = pairs.map((pair) => {
    const [below, credit, ...rest] = pair.split(':').map((part) => shareOf(part));
    return rest.length || below === undefined || credit === undefined ? undefined : { below, credit };
  });
  const valid = (step?: CreditStep): step is CreditStep =>
    step !== undefined && step.below > 0 && step.below <= 1 && step.credit > 0 && step.credit <= 1;
  return steps.every(valid) ? steps : undefined;
}

export function rowsOf(contracts: Contracts): ContractRow[] {
  return Object.entries(contracts).map(([partner, contract]) => ({
    partner,
    targetPercent: contract.target === undefined ? '' : percentText(contract.target),
    thresholdSeconds: contract.thresholdSeconds,
    timeZone: contract.timeZone,
    monthlyFee: contract.monthlyFee === undefined ? '' : String(contract.monthlyFee),
    credits: contract.credits === undefined ? '' : creditsText(contract.credits),
  }));
}

/** The contracts to save: only the terms a row sets, so the others keep following the default. */
export function contractsOf(rows: ContractRow[]): Contracts {
  return Object.fromEntries(
    rows.map((row) => {
      const contract: Partial<SlaContract> = {};
      const target = shareOf(row.targetPercent);
      if (target !== undefined) {
        contract.target = target;
      }
      if (row.thresholdSeconds !== undefined) {
        contract.thresholdSeconds = row.thresholdSeconds;
      }
      if (row.timeZone) {
        contract.timeZone = row.timeZone;
      }
      const fee = numberOf(row.monthlyFee);
      if (fee !== undefined) {
        contract.monthlyFee = fee;
      }
      const credits = row.credits.trim() ? creditsOf(row.credits) : undefined;
      if (credits) {
        contract.credits = credits;
      }
      return [row.partner.trim(), contract];
    })
  );
}

/** What is wrong with each row, field by field; rows without a problem get an empty object. */
export function contractRowErrors(rows: ContractRow[]): ContractRowErrors[] {
  const names = rows.map((row) => row.partner.trim());
  return rows.map((row, index) => {
    const errors: ContractRowErrors = {};
    const partner = names[index];
    if (!partner) {
      errors.partner = 'partnerMissing';
    } else if (names.indexOf(partner) !== index) {
      errors.partner = 'partnerTwice';
    }
    const target = shareOf(row.targetPercent);
    if (row.targetPercent.trim() && !(target !== undefined && target > 0 && target < 1)) {
      errors.targetPercent = 'badTarget';
    }
    if (row.thresholdSeconds !== undefined && !SLA_THRESHOLDS.includes(row.thresholdSeconds)) {
      errors.thresholdSeconds = 'badThreshold';
    }
    if (row.timeZone && !isTimeZone(row.timeZone)) {
      errors.timeZone = 'badTimeZone';
    }
    const fee = numberOf(row.monthlyFee);
    if (row.monthlyFee.trim() && !(fee !== undefined && fee >= 0)) {
      errors.monthlyFee = 'badFee';
    }
    if (row.credits.trim()) {
      if (!creditsOf(row.credits)) {
        errors.credits = 'badCredits';
      } else if (!(fee !== undefined && fee > 0)) {
        errors.monthlyFee = 'creditsNeedFee';
      }
    }
    return errors;
  });
}
