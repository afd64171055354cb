import { CHANGE_SERIES, DEPLOYMENT_LABEL, SERVICE_LABEL } from '../catalog';
import { type ShopFilters, filterMatchers, filtersForMetric } from './business';
import { CONTRACT_LABELS, type LabelNames, labelName, selector } from './selector';

/** One series per place, narrowed by the filters whose labels the metric has (builds have no partner label). */
function changeSeries(metric: string, by: string[], filters: ShopFilters, names: LabelNames): string {
  const matchers = filterMatchers(filtersForMetric(metric, filters));
  const labels = by.map((label) => labelName(label, names)).join(', ');
  return `max by (${labels}) (${selector(metric, matchers, names)})`;
}

/** One series per version running on each deployment and service: a series that starts inside the range is a deploy. */
export const buildsExpr = (filters: ShopFilters = {}, names: LabelNames = CONTRACT_LABELS) =>
  changeSeries(CHANGE_SERIES.builds, [DEPLOYMENT_LABEL, SERVICE_LABEL, 'version'], filters, names);

/** When each service on each deployment last loaded its configuration (Unix seconds). */
export const configReloadsExpr = (filters: ShopFilters = {}, names: LabelNames = CONTRACT_LABELS) =>
  changeSeries(CHANGE_SERIES.configReloads, [DEPLOYMENT_LABEL, SERVICE_LABEL], filters, names);
