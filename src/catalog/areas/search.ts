import { DEPLOYMENT_LABEL, WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const ES_EXPORTER = 'prometheus-community/elasticsearch_exporter; `deployment` from scrape relabelling';

export const search: AreaDef = {
  id: 'search',
  title: { en: 'Product search (Elasticsearch)', pl: 'Wyszukiwanie produktów (Elasticsearch)' },
  description: {
    en: 'Customers find products through Elasticsearch; a slow or red cluster means lost sales.',
    pl: 'Klienci znajdują produkty przez Elasticsearch; wolny lub czerwony klaster to utracona sprzedaż.',
  },
  metrics: [
    {
      name: METRIC.shopProductSearchesTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'result'],
      labelValues: { result: ['found', 'no_results'] },
      service: 'backend',
      help: {
        en: 'How many product searches customers made, and whether they found anything.',
        pl: 'Ile razy klienci szukali produktów i czy coś znaleźli.',
      },
      convention: 'Own business metric (no exporter counts customer searches)',
    },
    {
      name: METRIC.elasticsearchClusterHealthStatus,
      type: 'gauge',
      unit: 'none',
      labels: [DEPLOYMENT_LABEL, 'cluster', 'color'],
      labelValues: { color: ['green', 'yellow', 'red'] },
      service: 'elasticsearch',
      help: {
        en: 'The cluster’s health colour: 1 on the current colour, 0 on the others.',
        pl: 'Kolor zdrowia klastra: 1 przy bieżącym kolorze, 0 przy pozostałych.',
      },
      convention: ES_EXPORTER,
    },
    {
      name: METRIC.elasticsearchIndicesSearchQueryTotal,
      type: 'counter',
      unit: 'reqps',
      labels: [DEPLOYMENT_LABEL, 'cluster'],
      service: 'elasticsearch',
      help: {
        en: 'How many search queries the cluster ran.',
        pl: 'Ile zapytań wyszukiwania wykonał klaster.',
      },
      convention: ES_EXPORTER,
    },
    {
      name: METRIC.elasticsearchIndicesSearchQueryTimeSeconds,
      type: 'counter',
      unit: 's',
      labels: [DEPLOYMENT_LABEL, 'cluster'],
      service: 'elasticsearch',
      help: {
        en: 'Total time the cluster spent on search queries; divided by the query count it gives the average query time.',
        pl: 'Łączny czas zapytań wyszukiwania; podzielony przez ich liczbę daje średni czas zapytania.',
      },
      convention: ES_EXPORTER,
    },
  ],
};
