import type { AlertCondition, AlertDef } from './types';
import { METRIC } from '../metricNames';

// A method without failed series counts as 0% failing, so the smallest share over methods sees every method.
const paymentsFailing = (everyGroup: boolean): AlertCondition => ({
  kind: 'failureShare',
  metric: METRIC.shopPaymentsTotal,
  label: 'outcome',
  good: 'success',
  by: ['method'],
  window: '10m',
  above: 0.25,
  minRate: 0.02,
  everyGroup,
});
const payments = (method: string, outcome: string) =>
  `${METRIC.shopPaymentsTotal}{tenant="kwiatex",deployment="dep-a",method="${method}",outcome="${outcome}"}`;

export const checkoutAlerts: AlertDef[] = [
  {
    id: 'PaymentMethodFailing',
    level: 'phone',
    recipient: 'payments owner',
    // Normal failure (declines, abandoned payments) is 3-8%; a quarter failing is the provider, not the customers.
    condition: paymentsFailing(false),
    for: '10m',
    where: ['method'],
    summary: {
      en: 'More than a quarter of {{ $labels.method }} payments fail: customers cannot pay this way.',
      pl: 'Ponad jedna czwarta płatności {{ $labels.method }} się nie udaje: klienci nie mogą tak zapłacić.',
    },
    runbook: {
      en: 'Check the provider’s status page and its errors on the What changed page; if it is down, hide the method at checkout and tell the call centre.',
      pl: 'Sprawdź stronę statusu operatora i jego błędy na stronie Co się zmieniło; jeśli nie działa, ukryj metodę w kasie i uprzedź call center.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'BLIK times out while cards work',
        input: [
          { series: payments('blik', 'success'), values: '0+60x10 600+30x40' },
          { series: payments('blik', 'timeout'), values: '0+1x10 10+30x40' },
          { series: payments('card', 'success'), values: '0+60x50' },
          { series: payments('card', 'declined'), values: '0+3x50' },
        ],
        firing: [{ at: '40m', labels: [{ method: 'blik' }] }],
        silent: ['9m'],
      },
    ],
  },
  {
    id: 'AllPaymentsFailing',
    level: 'phone',
    recipient: 'on-call engineer',
    condition: paymentsFailing(true),
    for: '5m',
    where: [],
    summary: {
      en: 'Every payment method fails: nobody can pay in the shop.',
      pl: 'Każda metoda płatności zawodzi: nikt nie może zapłacić w sklepie.',
    },
    runbook: {
      en: 'The fault is ours, not a provider’s: look for a deploy or config change in the last hour on the What changed page and roll it back.',
      pl: 'Błąd jest po naszej stronie, nie operatora: poszukaj wdrożenia lub zmiany konfiguracji z ostatniej godziny na stronie Co się zmieniło i wycofaj je.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'checkout breaks for every method after a deploy',
        input: [
          { series: payments('blik', 'success'), values: '0+60x10 600x40' },
          { series: payments('blik', 'error'), values: '0x10 0+30x40' },
          { series: payments('card', 'success'), values: '0+60x10 600x40' },
          { series: payments('card', 'error'), values: '0x10 0+30x40' },
        ],
        firing: [{ at: '35m', labels: [{}] }],
        silent: ['9m'],
      },
      {
        name: 'one method failing is not all of them',
        input: [
          { series: payments('blik', 'success'), values: '0+60x50' },
          { series: payments('card', 'success'), values: '0+60x10 600x40' },
          { series: payments('card', 'error'), values: '0x10 0+30x40' },
        ],
        firing: [],
        silent: ['35m'],
      },
    ],
  },
  {
    id: 'OrdersStoppedWhileTrafficFlows',
    level: 'phone',
    recipient: 'on-call engineer',
    condition: {
      kind: 'stopped',
      metric: METRIC.shopOrdersPaidTotal,
      by: ['deployment'],
      window: '20m',
      whileMetric: METRIC.shopSessionsTotal,
      whileAbove: 0.5,
    },
    for: '5m',
    where: ['deployment'],
    summary: {
      en: 'Customers visit {{ $labels.deployment }} but no order has been paid for 20 minutes.',
      pl: 'Klienci odwiedzają {{ $labels.deployment }}, ale od 20 minut nie opłacono żadnego zamówienia.',
    },
    runbook: {
      en: 'Try an order yourself; check the checkout route’s errors and the payment providers on the What changed page.',
      pl: 'Złóż zamówienie samodzielnie; sprawdź błędy ścieżki kasy i operatorów płatności na stronie Co się zmieniło.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'orders stop at the evening peak',
        input: [
          {
            series: `${METRIC.shopOrdersPaidTotal}{tenant="kwiatex",deployment="dep-a",method="card"}`,
            values: '0+5x20 100x40',
          },
          { series: `${METRIC.shopSessionsTotal}{tenant="kwiatex",deployment="dep-a"}`, values: '0+200x60' },
        ],
        firing: [{ at: '50m', labels: [{ deployment: 'dep-a' }] }],
        silent: ['20m'],
      },
      {
        name: 'no orders at night with no visitors is normal',
        input: [
          {
            series: `${METRIC.shopOrdersPaidTotal}{tenant="kwiatex",deployment="dep-a",method="card"}`,
            values: '0x60',
          },
          { series: `${METRIC.shopSessionsTotal}{tenant="kwiatex",deployment="dep-a"}`, values: '0+5x60' },
        ],
        firing: [],
        silent: ['50m'],
      },
    ],
  },
];
