import { PAYMENT_METHODS } from '../areas/payments';
import type { LocalizedText } from '../types';
import type { KpiDef } from './types';
import { METRIC } from '../metricNames';

const METHOD_NAMES: Record<string, LocalizedText> = {
  card: { en: 'card', pl: 'karta' },
  blik: { en: 'BLIK', pl: 'BLIK' },
  transfer: { en: 'fast transfer', pl: 'szybki przelew' },
};

const paymentSuccess = (method: string): KpiDef => ({
  id: `payment_success_${method}`,
  section: 'payments',
  title: { en: `Payments that worked: ${METHOD_NAMES[method].en}`, pl: `Udane płatności: ${METHOD_NAMES[method].pl}` },
  description: {
    en: `Out of every 100 payments by ${METHOD_NAMES[method].en}, how many went through.`,
    pl: `Ile na 100 płatności (${METHOD_NAMES[method].pl}) przeszło.`,
  },
  unit: 'percentunit',
  better: 'up',
  formula: {
    kind: 'ratio',
    numerator: { metric: METRIC.shopPaymentsTotal, where: { method, outcome: 'success' } },
    denominator: { metric: METRIC.shopPaymentsTotal, where: { method } },
  },
});

/** The KPIs of the Business page, in the order they are shown. */
export const KPIS: KpiDef[] = [
  {
    id: 'revenue',
    section: 'money',
    title: { en: 'Revenue', pl: 'Przychód' },
    description: {
      en: 'All the money customers paid for their orders, in złoty, before refunds.',
      pl: 'Wszystkie pieniądze, które klienci zapłacili za zamówienia, w złotych, przed zwrotami.',
    },
    unit: 'currencyPLN',
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopRevenuePlnTotal } },
  },
  {
    id: 'orders_paid',
    section: 'money',
    title: { en: 'Orders paid', pl: 'Opłacone zamówienia' },
    description: { en: 'How many orders were paid for.', pl: 'Ile zamówień zostało opłaconych.' },
    unit: 'short',
    count: true,
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopOrdersPaidTotal } },
  },
  {
    id: 'average_order_value',
    section: 'money',
    title: { en: 'Average order', pl: 'Średnie zamówienie' },
    description: {
      en: 'How much one paid order brings in on average: the money divided by the number of orders.',
      pl: 'Ile średnio przynosi jedno opłacone zamówienie: pieniądze podzielone przez liczbę zamówień.',
    },
    unit: 'currencyPLN',
    better: 'up',
    formula: {
      kind: 'ratio',
      numerator: { metric: METRIC.shopRevenuePlnTotal },
      denominator: { metric: METRIC.shopOrdersPaidTotal },
    },
  },
  {
    id: 'conversion',
    section: 'money',
    title: { en: 'Visits that bought', pl: 'Wizyty zakończone zakupem' },
    description: {
      en: 'Out of every 100 visits to the shop, how many ended with a paid order.',
      pl: 'Ile na 100 wizyt w sklepie skończyło się opłaconym zamówieniem.',
    },
    unit: 'percentunit',
    better: 'up',
    formula: {
      kind: 'ratio',
      numerator: { metric: METRIC.shopOrdersPaidTotal },
      denominator: { metric: METRIC.shopSessionsTotal },
    },
  },
  {
    id: 'cart_abandonment',
    section: 'money',
    title: { en: 'Baskets left behind', pl: 'Porzucone koszyki' },
    description: {
      en: 'Out of every 100 baskets, how many were left behind before paying.',
      pl: 'Ile na 100 koszyków zostało porzuconych przed zapłatą.',
    },
    unit: 'percentunit',
    better: 'down',
    formula: {
      kind: 'ratio',
      numerator: { metric: METRIC.shopPaymentsStartedTotal },
      denominator: { metric: METRIC.shopCartsCreatedTotal },
      complement: true,
    },
  },
  {
    id: 'product_searches',
    section: 'funnel',
    title: { en: 'Searches', pl: 'Wyszukiwania' },
    description: { en: 'How many times people looked for a product.', pl: 'Ile razy ktoś szukał produktu.' },
    unit: 'short',
    count: true,
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopProductSearchesTotal } },
  },
  {
    id: 'carts',
    section: 'funnel',
    title: { en: 'Baskets', pl: 'Koszyki' },
    description: {
      en: 'How many times someone put a first product in a basket.',
      pl: 'Ile razy ktoś włożył pierwszy produkt do koszyka.',
    },
    unit: 'short',
    count: true,
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopCartsCreatedTotal } },
  },
  {
    id: 'checkouts',
    section: 'funnel',
    title: { en: 'Checkouts', pl: 'Przejścia do kasy' },
    description: { en: 'How many baskets went to the checkout.', pl: 'Ile koszyków trafiło do kasy.' },
    unit: 'short',
    count: true,
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopCheckoutsStartedTotal } },
  },
  {
    id: 'payments_started',
    section: 'funnel',
    title: { en: 'Payments started', pl: 'Rozpoczęte płatności' },
    description: { en: 'How many times someone pressed "pay".', pl: 'Ile razy ktoś nacisnął „zapłać”.' },
    unit: 'short',
    count: true,
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopPaymentsStartedTotal } },
  },
  ...PAYMENT_METHODS.map(paymentSuccess),
  {
    id: 'failed_payment_value',
    section: 'payments',
    title: { en: 'Money in failed payments', pl: 'Pieniądze w nieudanych płatnościach' },
    description: {
      en: 'How much money was in baskets whose payment did not go through. Some of these customers tried again and paid, so this is the most we could have lost, not the loss.',
      pl: 'Ile pieniędzy było w koszykach, których płatność nie przeszła. Część klientów spróbowała ponownie i zapłaciła, więc to górna granica straty, a nie strata.',
    },
    unit: 'currencyPLN',
    better: 'down',
    formula: { kind: 'total', amount: { metric: METRIC.shopPaymentFailedValuePlnTotal } },
  },
  {
    id: 'accounts_created',
    section: 'customers',
    title: { en: 'New accounts', pl: 'Nowe konta' },
    description: { en: 'How many people made an account in the shop.', pl: 'Ile osób założyło konto w sklepie.' },
    unit: 'short',
    count: true,
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopAccountsCreatedTotal } },
  },
  {
    id: 'shopping_lists',
    section: 'customers',
    title: { en: 'Shopping lists made', pl: 'Nowe listy zakupów' },
    description: {
      en: 'How many shopping lists people made to buy later.',
      pl: 'Ile list zakupów ludzie zrobili, żeby kupić później.',
    },
    unit: 'short',
    count: true,
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopShoppingListsCreatedTotal } },
  },
  {
    id: 'returning_customers',
    section: 'customers',
    title: { en: 'Orders from returning customers', pl: 'Zamówienia powracających klientów' },
    description: {
      en: 'Out of every 100 paid orders, how many came from people who had bought here before.',
      pl: 'Ile na 100 opłaconych zamówień złożyły osoby, które już tu kupowały.',
    },
    unit: 'percentunit',
    better: 'up',
    formula: {
      kind: 'ratio',
      numerator: { metric: METRIC.shopOrdersReturningCustomersTotal },
      denominator: { metric: METRIC.shopOrdersPaidTotal },
    },
  },
  {
    id: 'parcels_sent',
    section: 'parcels',
    title: { en: 'Parcels sent', pl: 'Wysłane paczki' },
    description: { en: 'How many parcels we gave to InPost.', pl: 'Ile paczek oddaliśmy InPost.' },
    unit: 'short',
    count: true,
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopParcelsCreatedTotal } },
  },
  {
    id: 'parcels_delivered',
    section: 'parcels',
    title: { en: 'Parcels picked up', pl: 'Odebrane paczki' },
    description: {
      en: 'How many parcels customers took out of the locker.',
      pl: 'Ile paczek klienci wyjęli z Paczkomatu.',
    },
    unit: 'short',
    count: true,
    better: 'up',
    formula: { kind: 'total', amount: { metric: METRIC.shopParcelStatusChangesTotal, where: { status: 'delivered' } } },
  },
  {
    id: 'parcels_waiting',
    section: 'parcels',
    title: { en: 'Parcels waiting in lockers', pl: 'Paczki czekające w Paczkomatach' },
    description: {
      en: 'How many parcels sit in a locker right now, waiting for their owner.',
      pl: 'Ile paczek leży teraz w Paczkomacie i czeka na właściciela.',
    },
    unit: 'short',
    count: true,
    better: 'down',
    formula: { kind: 'level', gauge: METRIC.shopParcelsInStatus, where: { status: 'ready_for_pickup' } },
  },
  {
    id: 'parcels_stuck',
    section: 'parcels',
    title: { en: 'Parcels stuck', pl: 'Utknięte paczki' },
    description: {
      en: 'How many parcels have not moved for more than two days right now.',
      pl: 'Ile paczek nie ruszyło się od ponad dwóch dni.',
    },
    unit: 'short',
    count: true,
    better: 'down',
    formula: { kind: 'level', gauge: METRIC.shopParcelsStuck },
  },
  {
    id: 'payment_to_locker',
    section: 'parcels',
    title: { en: 'From payment to locker', pl: 'Od zapłaty do Paczkomatu' },
    description: {
      en: 'How long, on average, from paying until the parcel waits in the locker.',
      pl: 'Ile średnio trwa od zapłaty do chwili, gdy paczka czeka w Paczkomacie.',
    },
    unit: 's',
    better: 'down',
    formula: {
      kind: 'ratio',
      numerator: { metric: `${METRIC.shopParcelPaymentToLockerSeconds}_sum` },
      denominator: { metric: `${METRIC.shopParcelPaymentToLockerSeconds}_count` },
    },
  },
  {
    id: 'fraud_held_orders',
    section: 'fraud',
    title: { en: 'Orders held for fraud', pl: 'Zamówienia wstrzymane (oszustwa)' },
    description: {
      en: 'How many orders the night check stopped because they looked like cheating.',
      pl: 'Ile zamówień nocna kontrola zatrzymała, bo wyglądały na oszustwo.',
    },
    unit: 'short',
    count: true,
    better: 'down',
    formula: { kind: 'total', amount: { metric: METRIC.shopFraudCheckedOrdersTotal, where: { verdict: 'held' } } },
    unknownWhile: 'fraud_check_missed',
  },
  {
    id: 'fraud_held_value',
    section: 'fraud',
    title: { en: 'Money in held orders', pl: 'Pieniądze we wstrzymanych zamówieniach' },
    description: {
      en: 'How much money was in the orders the night check stopped.',
      pl: 'Ile pieniędzy było w zamówieniach zatrzymanych przez nocną kontrolę.',
    },
    unit: 'currencyPLN',
    better: 'down',
    formula: { kind: 'total', amount: { metric: METRIC.shopFraudHeldValuePlnTotal } },
    unknownWhile: 'fraud_check_missed',
  },
];

export function findKpi(id: string): KpiDef {
  const kpi = KPIS.find((candidate) => candidate.id === id);
  if (!kpi) {
    throw new Error(`No KPI "${id}"`);
  }
  return kpi;
}
