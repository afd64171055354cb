import { type DataSourceRef } from '@grafana/schema';
import { dataLayers } from '@grafana/scenes';
import { DEPLOYMENT_LABEL } from '../catalog';
import { localize } from '../i18n/localize';
import { type LabelNames, legendOf } from '../queries/selector';
import { MESSAGES } from './messages';

/** A toggleable annotation layer from a Prometheus expression: each series becomes a marker while it has a value. */
export function prometheusAnnotations(
  datasource: DataSourceRef,
  names: LabelNames,
  name: string,
  iconColor: string,
  expr: string,
  titleFormat: string
) {
  return new dataLayers.AnnotationsDataLayer({
    name,
    query: {
      name,
      enable: true,
      iconColor,
      datasource,
      target: { refId: name, expr, step: '60s', titleFormat, textFormat: legendOf([DEPLOYMENT_LABEL], names) },
    } as never,
  });
}

/** Changes posted to Grafana with the project's tags (from CI or the simulator). */
export function taggedAnnotations(name: string, tags: string[], iconColor: string) {
  return new dataLayers.AnnotationsDataLayer({
    name,
    query: {
      name,
      enable: true,
      iconColor,
      datasource: { type: 'grafana', uid: '-- Grafana --' },
      target: { type: 'tags', tags, matchAny: true, limit: 100 },
    } as never,
  });
}

/** Deploys from the shop's build series, one marker per new version (`expr` picks whose). */
export function deploysLayer(datasource: DataSourceRef, names: LabelNames, expr: string) {
  return prometheusAnnotations(
    datasource,
    names,
    localize(MESSAGES.deploys),
    'blue',
    expr,
    'Deploy {{service}} {{version}}'
  );
}

/** The maintenance windows the SLA rules applied, from their recorded series (`expr` picks whose). */
export function maintenanceLayer(datasource: DataSourceRef, names: LabelNames, expr: string) {
  const name = localize(MESSAGES.maintenance);
  return prometheusAnnotations(datasource, names, name, 'yellow', expr, name);
}
