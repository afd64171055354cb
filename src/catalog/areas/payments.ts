import { WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const OWN = 'Own business metric: no exporter speaks for our payment providers';
export const PAYMENT_METHODS = ['card', 'blik', 'transfer'];

export const payments: AreaDef = {
  id: 'payments',
  title: { en: 'Payments: card, BLIK, fast transfer', pl: 'Płatności: karta, BLIK, szybki przelew' },
  description: {
    en: 'Every payment started, how it ended, why it was declined, and how long customers waited.',
    pl: 'Każda rozpoczęta płatność, jak się skończyła, dlaczego ją odrzucono i jak długo klient czekał.',
  },
  metrics: [
    {
      name: METRIC.shopPaymentsStartedTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'method'],
      labelValues: { method: PAYMENT_METHODS },
      service: 'backend',
      help: { en: 'How many payments customers started.', pl: 'Ile płatności klienci rozpoczęli.' },
      convention: OWN,
    },
    {
      name: METRIC.shopPaymentsTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'method', 'outcome'],
      labelValues: { method: PAYMENT_METHODS, outcome: ['success', 'declined', 'error', 'timeout', 'abandoned'] },
      service: 'backend',
      help: {
        en: 'How many payments finished, and how: paid, declined by the bank, failed at the provider, timed out or given up.',
        pl: 'Ile płatności się zakończyło i jak: opłacone, odrzucone przez bank, błąd operatora, przekroczony czas lub porzucone.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopPaymentFailedValuePlnTotal,
      type: 'counter',
      unit: 'currencyPLN',
      labels: [...WHERE, 'method'],
      labelValues: { method: PAYMENT_METHODS },
      service: 'backend',
      help: {
        en: 'How much money was in the baskets of payments that did not go through, in złoty.',
        pl: 'Ile pieniędzy było w koszykach płatności, które nie przeszły, w złotych.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopPaymentDeclinesTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'method', 'reason'],
      labelValues: {
        method: PAYMENT_METHODS,
        reason: [
          'insufficient_funds',
          'card_expired',
          'three_ds_failed',
          'limit_exceeded',
          'code_expired',
          'rejected_by_user',
          'bank_unavailable',
        ],
      },
      service: 'backend',
      help: {
        en: 'Why payments were declined, as the provider reported it.',
        pl: 'Dlaczego płatności odrzucono, według operatora.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopPayment3dsTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'result'],
      labelValues: { result: ['frictionless', 'challenge_passed', 'challenge_failed', 'not_enrolled'] },
      service: 'backend',
      help: {
        en: 'How card payments went through the bank’s extra check (3-D Secure).',
        pl: 'Jak płatności kartą przeszły dodatkową weryfikację banku (3-D Secure).',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopPaymentConfirmationDurationSeconds,
      type: 'histogram',
      unit: 's',
      labels: [...WHERE, 'method'],
      labelValues: { method: PAYMENT_METHODS },
      buckets: [1, 2, 5, 10, 20, 30, 60, 120],
      service: 'backend',
      help: {
        en: 'How long a customer waited from pressing “pay” to the payment being confirmed (BLIK: confirming in the bank app).',
        pl: 'Ile klient czekał od kliknięcia „zapłać” do potwierdzenia płatności (BLIK: potwierdzenie w aplikacji banku).',
      },
      convention: OWN,
    },
  ],
};
