import { formattedValueToString, getValueFormat, getValueFormatterIndex } from '@grafana/data';
import type { MetricUnit } from '../catalog';
import type { KpiDef } from '../catalog/business';
import { type Language, currentLanguage } from '../i18n/localize';

/** The locale each language writes numbers and dates in. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', pl: 'pl-PL' };

/** A report's month ("2026-11") as people name it in `language`: "November 2026", "listopad 2026". */
export function monthName(month: string, language: Language): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(LOCALES[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * A value in the user's language: złoty and per cent as Poles write them when the language is Polish. `decimals` caps
 * the digits after the point; without it money shows grosze below 1,000 zł and other numbers one decimal below 100.
 */
export function formatValue(value: number, unit: MetricUnit, language: Language, decimals?: number): string {
  const locale = LOCALES[language];
  switch (unit) {
    case 'currencyPLN':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'PLN',
        maximumFractionDigits: decimals ?? (Math.abs(value) >= 1000 ? 0 : 2),
      }).format(value);
    case 'percentunit':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: decimals ?? 1 }).format(value);
    case 'short':
      return new Intl.NumberFormat(locale, {
        maximumFractionDigits: decimals ?? (Math.abs(value) >= 100 ? 0 : 1),
      }).format(value);
    default:
      return formattedValueToString(getValueFormat(unit)(value, decimals));
  }
}

/** A KPI's value in its unit; a count of things is a whole number. */
export function formatKpiValue(value: number, kpi: KpiDef, language: Language): string {
  return formatValue(value, kpi.unit, language, kpi.count ? 0 : undefined);
}

/**
 * The id of a Grafana unit that writes values as formatValue does, in the user's language, for Grafana's own panels:
 * their `currencyPLN` writes 31,412 zł as "PLN31K" where the tiles write "PLN 31,412". Registered on first use.
 */
export function grafanaUnit(unit: MetricUnit): string {
  const id = `shoppulse-${unit}`;
  getValueFormatterIndex()[id] ??= (value, decimals) => ({
    text: formatValue(value, unit, currentLanguage(), decimals ?? undefined),
  });
  return id;
}

/** The relative change against the earlier value, or undefined when there is nothing to compare with. */
export function relativeChange(now: number, before: number | undefined): number | undefined {
  if (before === undefined || !Number.isFinite(before) || before === 0 || !Number.isFinite(now)) {
    return undefined;
  }
  return (now - before) / Math.abs(before);
}

/** Digits after the point of a change in per cent. */
const CHANGE_DECIMALS = 1;

export function formatChange(change: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: CHANGE_DECIMALS,
    signDisplay: 'exceptZero',
  }).format(change);
}

/** The change rounded as formatChange writes it (Intl's rounding), so a change that reads "0%" is no change. */
export function shownChange(change: number): number {
  const ratioDecimals = CHANGE_DECIMALS + 2;
  return Number(
    new Intl.NumberFormat('en-US', { maximumFractionDigits: ratioDecimals, useGrouping: false }).format(change)
  );
}
