import type { MetricName } from './metricNames';

export type { PageId } from './pages';
export type { MetricName } from './metricNames';

/** Text shown to people, in every language the plugin ships. */
export interface LocalizedText {
  en: string;
  pl: string;
}

export type MetricType = 'counter' | 'gauge' | 'histogram';

/** Grafana unit ids, so panels can take the unit straight from the contract. */
export type MetricUnit = 'short' | 'reqps' | 's' | 'bytes' | 'percentunit' | 'currencyPLN' | 'dateTimeFromNow' | 'none';

export type AreaId =
  | 'gateway'
  | 'backend'
  | 'frontend'
  | 'search'
  | 'files'
  | 'management'
  | 'database'
  | 'queue'
  | 'shop'
  | 'payments'
  | 'parcels'
  | 'jobs'
  | 'dependencies'
  | 'platform';

export type ServiceId =
  | 'gateway'
  | 'backend'
  | 'frontend'
  | 'search'
  | 'files'
  | 'management'
  | 'worker'
  | 'database'
  | 'rabbitmq'
  | 'elasticsearch'
  | 'node'
  | 'blackbox';

/** Label names as the contract spells them; `tenant` and `deployment` may be renamed in the app's settings. */
export type LabelName = string;

export interface MetricDef {
  /** Name as exposed, counters with their `_total` suffix, histograms without `_bucket`; written in ./metricNames. */
  name: MetricName;
  type: MetricType;
  unit: MetricUnit;
  labels: LabelName[];
  service: ServiceId;
  help: LocalizedText;
  /** The public exporter or convention the name follows, or why it is our own. */
  convention: string;
  /** Histogram bucket upper bounds, in the metric's unit. */
  buckets?: number[];
  /** Closed sets of label values the shop must use (others are free-form, such as `route`). */
  labelValues?: Record<LabelName, string[]>;
}

export interface AreaDef {
  id: AreaId;
  title: LocalizedText;
  description: LocalizedText;
  metrics: MetricDef[];
}
