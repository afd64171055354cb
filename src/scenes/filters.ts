import { type DataSourceRef } from '@grafana/schema';
import { QueryVariable, type SceneObject, SceneVariableSet, sceneGraph } from '@grafana/scenes';
import { type ShopFilters, labelValuesQuery } from '../queries';
import type { LabelNames } from '../queries/selector';

import { BASELINE_VARIABLE, DEPLOYMENT_VARIABLE, PARTNER_VARIABLE, SERVICE_VARIABLE } from './variableNames';

export { BASELINE_VARIABLE, DEPLOYMENT_VARIABLE, PARTNER_VARIABLE, SERVICE_VARIABLE } from './variableNames';
export const DEFAULT_BASELINE = '1w';
/** The value a Scenes variable holds while "All" is selected. */
export const ALL = '$__all';

/** Partner and deployment pickers, in the URL as `var-partner` and `var-deployment`, "All" by default. */
export function filterVariables(datasource: DataSourceRef, names: LabelNames): SceneVariableSet {
  const variable = (name: string, label: string, contractLabel: string) =>
    new QueryVariable({
      name,
      label,
      datasource,
      query: { query: labelValuesQuery(contractLabel, names), refId: name },
      includeAll: true,
      defaultToAll: true,
      sort: 1,
    });
  return new SceneVariableSet({
    variables: [
      variable(PARTNER_VARIABLE, 'Partner', 'tenant'),
      variable(DEPLOYMENT_VARIABLE, 'Deployment', 'deployment'),
    ],
  });
}

function singleValue(object: SceneObject, name: string): string | undefined {
  const variable = sceneGraph.lookupVariable(name, object);
  const value = variable?.getValue();
  if (variable === null || variable === undefined || Array.isArray(value)) {
    return undefined;
  }
  const selected = String(variable.state.type === 'query' ? (variable as QueryVariable).state.value : value);
  return selected === ALL || selected === '' ? undefined : selected;
}

/** The partner, deployment and service the user picked, as plain values; the query builder escapes them. */
export function readFilters(object: SceneObject): ShopFilters {
  return {
    tenant: singleValue(object, PARTNER_VARIABLE),
    deployment: singleValue(object, DEPLOYMENT_VARIABLE),
    service: singleValue(object, SERVICE_VARIABLE),
  };
}

/** The baseline the user picked, or last week where the page has no such picker. */
export function readBaseline(object: SceneObject): string {
  const value = sceneGraph.lookupVariable(BASELINE_VARIABLE, object)?.getValue();
  return typeof value === 'string' && /^\d+[dw]$/.test(value) ? value : DEFAULT_BASELINE;
}
