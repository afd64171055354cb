import { type Contracts, type SlaContract, SLA_THRESHOLDS, isTimeZone } from '../../catalog/contracts';
import type { MESSAGES } from './messages';

/** One partner's contract as the form edits it: texts as typed, empty meaning "the default's". */
export interface ContractRow {
  partner: string;
  /** The target in per cent, as typed ("99" or "99,5"). */
  targetPercent: string;
  thresholdSeconds?: number;
  timeZone?: string;
}

export type ContractRowErrors = Partial<
  Record<'partner' | 'targetPercent' | 'thresholdSeconds' | 'timeZone', keyof typeof MESSAGES>
>;

/** A share as per cent text without floating-point dust: 0.995 reads "99.5". */
const percentText = (share: number) => String(Math.round(share * 1e6) / 1e4);

/** "99,5" and "99.5" alike, as a share; undefined when it is no number. */
function shareOf(percent: string): number | undefined {
  const text = percent.trim().replace(',', '.');
  const value = Number(text);
  return text === '' || !Number.isFinite(value) ? undefined : Math.round(value * 1e4) / 1e6;
}

export function rowsOf(contracts: Contracts): ContractRow[] {
  return Object.entries(contracts).map(([partner, contract]) => ({
    partner,
    targetPercent: contract.target === undefined ? '' : percentText(contract.target),
    thresholdSeconds: contract.thresholdSeconds,
    timeZone: contract.timeZone,
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
    return errors;
  });
}
