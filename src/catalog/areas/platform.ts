import { DEPLOYMENT_LABEL, WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

export const SERVICES = ['gateway', 'backend', 'frontend', 'search', 'files', 'management', 'worker'];

export const platform: AreaDef = {
  id: 'platform',
  title: { en: 'Deploys, configuration and certificates', pl: 'Wdrożenia, konfiguracja i certyfikaty' },
  description: {
    en: 'What version runs where, when configuration changed, and when certificates expire: the first places to look when something changed.',
    pl: 'Jaka wersja działa gdzie, kiedy zmieniła się konfiguracja i kiedy wygasają certyfikaty: pierwsze miejsca do sprawdzenia po zmianie.',
  },
  metrics: [
    {
      name: METRIC.shopBuildInfo,
      type: 'gauge',
      unit: 'none',
      labels: [DEPLOYMENT_LABEL, 'service', 'version'],
      labelValues: { service: SERVICES },
      service: 'backend',
      help: {
        en: 'Always 1; its `version` label tells which version of each service runs on each deployment, so a new value is a deploy.',
        pl: 'Zawsze 1; etykieta `version` mówi, jaka wersja usługi działa na danym wdrożeniu, więc nowa wartość to wdrożenie.',
      },
      convention: 'The `<name>_build_info` pattern (as prometheus_build_info, go_build_info)',
    },
    {
      name: METRIC.shopConfigLastReloadSuccessTimestampSeconds,
      type: 'gauge',
      unit: 'dateTimeFromNow',
      labels: [DEPLOYMENT_LABEL, 'service'],
      labelValues: { service: SERVICES },
      service: 'backend',
      help: {
        en: 'When each service last loaded a new configuration.',
        pl: 'Kiedy każda usługa ostatnio wczytała nową konfigurację.',
      },
      convention: 'As prometheus_config_last_reload_success_timestamp_seconds',
    },
    {
      name: METRIC.shopFeatureFlagEnabled,
      type: 'gauge',
      unit: 'none',
      labels: [DEPLOYMENT_LABEL, 'flag'],
      service: 'backend',
      help: {
        en: '1 when a feature flag is switched on for a deployment, 0 when off.',
        pl: '1 gdy przełącznik funkcji jest włączony na wdrożeniu, 0 gdy wyłączony.',
      },
      convention: 'Own metric (OpenFeature has no Prometheus convention)',
    },
    {
      name: METRIC.probeSslEarliestCertExpiry,
      type: 'gauge',
      unit: 'dateTimeFromNow',
      labels: [...WHERE, 'instance'],
      service: 'blackbox',
      help: {
        en: 'When the HTTPS certificate of each partner’s shop expires; after that, browsers refuse the shop.',
        pl: 'Kiedy wygasa certyfikat HTTPS sklepu każdego partnera; potem przeglądarki odmówią wejścia.',
      },
      convention: 'prometheus/blackbox_exporter http probe',
    },
  ],
};
