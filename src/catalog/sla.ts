import type { LocalizedText } from './types';
import { METRIC } from './metricNames';

const target = 0.95;
const thresholdSeconds = 0.2;
const LOCALES: Record<keyof LocalizedText, string> = { en: 'en-US', pl: 'pl-PL' };

function percent(fraction: number, language: keyof LocalizedText): string {
  // Rounded so that 1 − 0.95 reads "5%", not "5.000000000000004%".
  return `${(fraction * 100).toLocaleString(LOCALES[language], { maximumFractionDigits: 2 })}%`;
}

/** A contract's numbers as texts show them, in `language`: texts are built from these so they never repeat a number. */
export function slaFigures(terms: { target: number; thresholdSeconds: number }, language: keyof LocalizedText) {
  return {
    /** The share of good requests promised, e.g. "95%". */
    target: percent(terms.target, language),
    /** The response time a good request stays under, e.g. "200 ms". */
    threshold: `${(terms.thresholdSeconds * 1000).toLocaleString(LOCALES[language])} ms`,
    /** The share of requests allowed to be bad, e.g. "5%". */
    allowed: percent(1 - terms.target, language),
  };
}

/** The case's SLA's numbers, per language. */
export const SLA_FIGURES = {
  en: slaFigures({ target, thresholdSeconds }, 'en'),
  pl: slaFigures({ target, thresholdSeconds }, 'pl'),
};

/**
 * The contract signed with every partner: "95% of requests will be served successfully
 * with a response time under 200 ms". Measured at the gateway, per tenant.
 */
export const SLA = {
  /** Share of good requests the contract promises, as a fraction. */
  target,
  /** Response time a good request must stay under, in seconds; the gateway histogram has a bucket exactly here. */
  thresholdSeconds,
  /** The histogram the SLI is computed from. */
  metric: METRIC.nginxVtsServerRequestDurationSeconds,
  /** Status classes that count as failures. */
  failedCodes: ['5xx'],
  successDefinition: {
    en:
      'A request is successful when the gateway answered it without a server error (any status but 5xx) ' +
      `within ${SLA_FIGURES.en.threshold}. Client errors (4xx: a wrong address, an expired session, a bad form) count as served: ` +
      'the shop did its job, and counting them would let one broken client or bot breach a partner’s SLA.',
    pl:
      'Żądanie jest udane, gdy bramka odpowiedziała na nie bez błędu serwera (każdy status poza 5xx) ' +
      `w ciągu ${SLA_FIGURES.pl.threshold}. Błędy klienta (4xx: zły adres, wygasła sesja, źle wypełniony formularz) liczą się jako obsłużone: ` +
      'sklep zrobił swoje, a ich liczenie pozwoliłoby jednemu zepsutemu klientowi lub botowi złamać SLA partnera.',
  } satisfies LocalizedText,
} as const;
