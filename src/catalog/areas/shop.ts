import { WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const OWN = 'Own business metric, counted by the REST back end when the event happens';

export const shop: AreaDef = {
  id: 'shop',
  title: { en: 'Customers, carts and orders', pl: 'Klienci, koszyki i zamówienia' },
  description: {
    en: 'What customers do in the shop, from the first visit to a paid order.',
    pl: 'Co klienci robią w sklepie, od pierwszej wizyty do opłaconego zamówienia.',
  },
  metrics: [
    {
      name: METRIC.shopSessionsTotal,
      type: 'counter',
      unit: 'short',
      labels: WHERE,
      service: 'backend',
      help: { en: 'How many visits to the shop started.', pl: 'Ile wizyt w sklepie się rozpoczęło.' },
      convention: OWN,
    },
    {
      name: METRIC.shopCartsCreatedTotal,
      type: 'counter',
      unit: 'short',
      labels: WHERE,
      service: 'backend',
      help: {
        en: 'How many baskets customers started filling.',
        pl: 'Ile koszyków klienci zaczęli napełniać.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopCheckoutsStartedTotal,
      type: 'counter',
      unit: 'short',
      labels: WHERE,
      service: 'backend',
      help: {
        en: 'How many customers went from the basket to the checkout.',
        pl: 'Ilu klientów przeszło z koszyka do kasy.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopOrdersPaidTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'method'],
      labelValues: { method: ['card', 'blik', 'transfer'] },
      service: 'backend',
      help: {
        en: 'How many orders were paid, by payment method.',
        pl: 'Ile zamówień opłacono, według metody płatności.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopRevenuePlnTotal,
      type: 'counter',
      unit: 'currencyPLN',
      labels: [...WHERE, 'method'],
      labelValues: { method: ['card', 'blik', 'transfer'] },
      service: 'backend',
      help: {
        en: 'How much money paid orders brought in, in złoty, before tax and refunds.',
        pl: 'Ile pieniędzy przyniosły opłacone zamówienia, w złotych, brutto przed zwrotami.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopOrdersReturningCustomersTotal,
      type: 'counter',
      unit: 'short',
      labels: WHERE,
      service: 'backend',
      help: {
        en: 'How many paid orders came from customers who had bought before.',
        pl: 'Ile opłaconych zamówień złożyli klienci, którzy już wcześniej kupowali.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopAccountsCreatedTotal,
      type: 'counter',
      unit: 'short',
      labels: WHERE,
      service: 'backend',
      help: { en: 'How many new customer accounts were created.', pl: 'Ile nowych kont klientów założono.' },
      convention: OWN,
    },
    {
      name: METRIC.shopShoppingListsCreatedTotal,
      type: 'counter',
      unit: 'short',
      labels: WHERE,
      service: 'backend',
      help: { en: 'How many shopping lists customers made.', pl: 'Ile list zakupów utworzyli klienci.' },
      convention: OWN,
    },
    {
      name: METRIC.shopEmailsSentTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'template', 'outcome'],
      labelValues: {
        template: ['order_confirmation', 'parcel_ready', 'password_reset', 'newsletter'],
        outcome: ['sent', 'failed', 'bounced'],
      },
      service: 'worker',
      help: {
        en: 'How many e-mails the shop sent to customers, and how many did not arrive.',
        pl: 'Ile e-maili sklep wysłał klientom i ile nie dotarło.',
      },
      convention: 'Own metric, counted by the background-task service',
    },
  ],
};
