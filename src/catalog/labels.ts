import { METRIC } from './metricNames';
/** Labels every request and business metric carries. Their names can be overridden in the app's settings. */
export const TENANT_LABEL = 'tenant';
export const DEPLOYMENT_LABEL = 'deployment';

/** The labels that identify where a sample comes from, in the order the contract lists them. */
export const WHERE = [TENANT_LABEL, DEPLOYMENT_LABEL];

/** One partner's shop on one deployment: the labels per-partner figures are summed by. */
export const BY_PARTNER = [TENANT_LABEL, DEPLOYMENT_LABEL];

/** The OpenTelemetry `service.name` of the shop's own services, on the metrics several of them emit. */
export const SERVICE_LABEL = 'service';

/** A series present wherever a partner's shop runs, carrying both labels: where the pages learn partners and deployments. */
export const PRESENCE_METRIC = METRIC.shopSessionsTotal;
