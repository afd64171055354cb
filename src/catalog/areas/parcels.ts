import { WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const OWN = 'Own business metric, fed by the InPost status sync job';
export const PARCEL_STATUSES = ['created', 'dispatched', 'in_transit', 'ready_for_pickup', 'delivered', 'returned'];

export const parcels: AreaDef = {
  id: 'parcels',
  title: { en: 'Parcels to InPost lockers', pl: 'Paczki do Paczkomatów InPost' },
  description: {
    en: 'Orders leave as parcels to InPost lockers; these follow them until the customer picks them up.',
    pl: 'Zamówienia wyjeżdżają jako paczki do Paczkomatów; te metryki śledzą je aż do odbioru.',
  },
  metrics: [
    {
      name: METRIC.shopParcelsCreatedTotal,
      type: 'counter',
      unit: 'short',
      labels: WHERE,
      service: 'worker',
      help: { en: 'How many parcels were handed to InPost.', pl: 'Ile paczek przekazano InPost.' },
      convention: OWN,
    },
    {
      name: METRIC.shopParcelStatusChangesTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'status'],
      labelValues: { status: PARCEL_STATUSES },
      service: 'worker',
      help: {
        en: 'How many parcels moved to each status (on the way, in the locker, picked up, sent back).',
        pl: 'Ile paczek przeszło do każdego statusu (w drodze, w Paczkomacie, odebrana, zwrócona).',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopParcelsInStatus,
      type: 'gauge',
      unit: 'short',
      labels: [...WHERE, 'status'],
      labelValues: { status: PARCEL_STATUSES },
      service: 'worker',
      help: {
        en: 'How many parcels are in each status right now.',
        pl: 'Ile paczek jest teraz w każdym statusie.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopParcelsStuck,
      type: 'gauge',
      unit: 'short',
      labels: WHERE,
      service: 'worker',
      help: {
        en: 'How many parcels have not changed status for longer than 48 hours.',
        pl: 'Ile paczek nie zmieniło statusu od ponad 48 godzin.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopParcelPaymentToLockerSeconds,
      type: 'histogram',
      unit: 's',
      labels: WHERE,
      buckets: [21600, 43200, 86400, 129600, 172800, 259200],
      service: 'worker',
      help: {
        en: 'How long from payment until the parcel was waiting in the locker.',
        pl: 'Ile czasu minęło od płatności do chwili, gdy paczka czekała w Paczkomacie.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopFraudCheckedOrdersTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'verdict'],
      labelValues: { verdict: ['cleared', 'held'] },
      service: 'worker',
      help: {
        en: 'How many orders the nightly fraud check looked at, and how many it held back before shipping.',
        pl: 'Ile zamówień sprawdziła nocna kontrola oszustw i ile wstrzymała przed wysyłką.',
      },
      convention: 'Own business metric, counted by the nightly fraud check',
    },
    {
      name: METRIC.shopFraudHeldValuePlnTotal,
      type: 'counter',
      unit: 'currencyPLN',
      labels: WHERE,
      service: 'worker',
      help: {
        en: 'How much the orders held by the fraud check were worth, in złoty.',
        pl: 'Ile były warte zamówienia wstrzymane przez kontrolę oszustw, w złotych.',
      },
      convention: 'Own business metric, counted by the nightly fraud check',
    },
  ],
};
