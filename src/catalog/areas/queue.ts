import { DEPLOYMENT_LABEL } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const RABBIT =
  'rabbitmq_prometheus plugin, per-object metrics (/metrics/per-object); `deployment` from scrape relabelling';
export const QUEUES = ['emails', 'parcel-status', 'fraud-check', 'reports', 'order-events'];

export const queue: AreaDef = {
  id: 'queue',
  title: { en: 'Message queue (RabbitMQ)', pl: 'Kolejka wiadomości (RabbitMQ)' },
  description: {
    en: 'Services hand work to each other through RabbitMQ; a growing queue means someone stopped reading it.',
    pl: 'Usługi przekazują sobie pracę przez RabbitMQ; rosnąca kolejka znaczy, że ktoś przestał ją czytać.',
  },
  metrics: [
    {
      name: METRIC.rabbitmqQueueMessagesReady,
      type: 'gauge',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL, 'vhost', 'queue'],
      labelValues: { queue: QUEUES },
      service: 'rabbitmq',
      help: {
        en: 'How many messages wait in each queue for someone to pick them up.',
        pl: 'Ile wiadomości czeka w każdej kolejce na odebranie.',
      },
      convention: RABBIT,
    },
    {
      name: METRIC.rabbitmqQueueMessagesUnacked,
      type: 'gauge',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL, 'vhost', 'queue'],
      labelValues: { queue: QUEUES },
      service: 'rabbitmq',
      help: {
        en: 'How many messages were picked up but not yet finished.',
        pl: 'Ile wiadomości odebrano, ale jeszcze nie przetworzono.',
      },
      convention: RABBIT,
    },
    {
      name: METRIC.rabbitmqQueueConsumers,
      type: 'gauge',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL, 'vhost', 'queue'],
      labelValues: { queue: QUEUES },
      service: 'rabbitmq',
      help: {
        en: 'How many workers read each queue; zero means nobody does.',
        pl: 'Ilu pracowników czyta każdą kolejkę; zero znaczy, że nikt.',
      },
      convention: RABBIT,
    },
    {
      name: METRIC.rabbitmqQueueMessagesPublishedTotal,
      type: 'counter',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL, 'vhost', 'queue'],
      labelValues: { queue: QUEUES },
      service: 'rabbitmq',
      help: { en: 'How many messages were put into each queue.', pl: 'Ile wiadomości trafiło do każdej kolejki.' },
      convention: RABBIT,
    },
  ],
};
