import { type DataSourceRef } from '@grafana/schema';
import {
  CustomVariable,
  EmbeddedScene,
  PanelBuilders,
  SceneControlsSpacer,
  SceneDataLayerSet,
  SceneDataTransformer,
  SceneFlexItem,
  SceneFlexLayout,
  SceneRefreshPicker,
  SceneTimePicker,
  SceneTimeRange,
  SceneTimeRangeCompare,
  VariableValueSelectors,
  sceneGraph,
} from '@grafana/scenes';
import { HEALTH_CHECKS } from '../../catalog/health';
import { SIGNALS } from '../../catalog/signals';
import { localize } from '../../i18n/localize';
import type { LabelNames } from '../../queries/selector';
import { metricServices, signalServices } from '../../queries/signals';
import { changeAnnotationExprs } from '../../queries/annotations';
import { bandsBehindSeries } from '../../scenes/bandSeries';
import { DataLayerToggles } from '../../scenes/DataLayerToggles';
import { deploysLayer, prometheusAnnotations, taggedAnnotations } from '../../scenes/annotations';
import { BASELINE_VARIABLE, DEFAULT_BASELINE, filterVariables, readBaseline } from '../../scenes/filters';
import { noDatasourceScene } from '../../scenes/noDatasourceScene';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import { QueryShare } from '../../scenes/QueryShare';
import { UnknownPartnerNotice } from '../../scenes/UnknownPartnerNotice';
import type { ResolvedSettings } from '../../settings';
import { MESSAGES } from './messages';
import { ChangesList } from './ChangesList';
import { healthPanels } from './healthPanels';
import { changeQueries, moverQueries, signalSeriesQueries } from './queries';
import { serviceVariable, shownForServices } from './serviceFilter';
import { TopMovers } from './TopMovers';

function baselineVariable(): CustomVariable {
  return new CustomVariable({
    name: BASELINE_VARIABLE,
    label: localize(MESSAGES.baseline),
    query: `${localize(MESSAGES.lastWeek)} : 1w, ${localize(MESSAGES.yesterday)} : 1d`,
    value: DEFAULT_BASELINE,
  });
}

/** One point a minute over the default 6 hours: fine enough to date a deploy and average the hours around it. */
const CHANGE_POINTS = 360;

/**
 * The baseline picker is the page's one control for "compared with what": the panels' time comparison follows it,
 * so the dashed series and the top movers always compare with the same moment.
 */
function comparisonFollowsBaseline(comparison: SceneTimeRangeCompare) {
  return (scene: EmbeddedScene) => {
    const follow = () => comparison.setState({ compareWith: readBaseline(scene) });
    follow();
    const subscription = sceneGraph.lookupVariable(BASELINE_VARIABLE, scene)?.subscribeToState(follow);
    return () => subscription?.unsubscribe();
  };
}

/** Deploys, config and feature-flag changes from the metrics and from Grafana, job failures and firing alerts. */
function changeLayers(datasource: DataSourceRef, names: LabelNames): SceneDataLayerSet {
  const exprs = changeAnnotationExprs(names);
  return new SceneDataLayerSet({
    layers: [
      deploysLayer(datasource, names, exprs.deploys),
      prometheusAnnotations(
        datasource,
        names,
        localize(MESSAGES.configChanges),
        'purple',
        exprs.configReloads,
        'Config reload {{service}}'
      ),
      prometheusAnnotations(
        datasource,
        names,
        localize(MESSAGES.flagChanges),
        'purple',
        exprs.flagChanges,
        'Feature flag {{flag}}'
      ),
      prometheusAnnotations(
        datasource,
        names,
        localize(MESSAGES.jobFailures),
        'orange',
        exprs.jobFailures,
        'Job {{job}} failed'
      ),
      prometheusAnnotations(datasource, names, localize(MESSAGES.alerts), 'red', exprs.alerts, '{{alertname}}'),
      taggedAnnotations(localize(MESSAGES.annotatedChanges), ['deploy', 'config'], 'green'),
    ],
  });
}

/** What changed: the top movers, then every key signal now against the baseline, under the change annotations. */
export function whatChangedScene(settings: ResolvedSettings): EmbeddedScene {
  if (!settings.datasourceUid) {
    return noDatasourceScene();
  }
  const datasource: DataSourceRef = { type: 'prometheus', uid: settings.datasourceUid };
  const names: LabelNames = { tenantLabel: settings.tenantLabel, deploymentLabel: settings.deploymentLabel };
  const filters = filterVariables(datasource, names);
  const services = [
    ...SIGNALS.flatMap(signalServices),
    ...HEALTH_CHECKS.flatMap((check) => metricServices(check.metric)),
  ];
  filters.setState({ variables: [...filters.state.variables, serviceVariable(services), baselineVariable()] });

  const signalPanels = SIGNALS.map(
    (signal) =>
      new SceneFlexItem({
        minWidth: 420,
        height: 260,
        $behaviors: [shownForServices(signalServices(signal))],
        body: PanelBuilders.timeseries()
          .setTitle(localize(signal.title))
          .setDescription(localize(signal.bad))
          .setUnit(signal.unit)
          .setData(new SceneDataTransformer({ $data: new QueryShare(signal.id), transformations: [bandsBehindSeries] }))
          .build(),
      })
  );

  // Not among the controls: the baseline picker drives it (see comparisonFollowsBaseline).
  const comparison = new SceneTimeRangeCompare({ compareWith: DEFAULT_BASELINE });

  const unknownPartner = new UnknownPartnerNotice();
  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-6h', to: 'now' }),
    $variables: filters,
    $data: changeLayers(datasource, names),
    $behaviors: [comparison, comparisonFollowsBaseline(comparison), unknownPartner.watchPartner],
    controls: [
      new VariableValueSelectors({}),
      new DataLayerToggles(),
      new SceneControlsSpacer(),
      new SceneTimePicker({}),
      new SceneRefreshPicker({}),
    ],
    body: new SceneFlexLayout({
      direction: 'column',
      children: [
        new SceneFlexItem({ body: unknownPartner }),
        new SceneFlexItem({
          body: new TopMovers({ names, $data: new ShopQueryRunner(moverQueries(names), { datasource }) }),
        }),
        new SceneFlexItem({
          body: new ChangesList({
            names,
            $data: new ShopQueryRunner(changeQueries(names), { datasource, maxDataPoints: CHANGE_POINTS }),
          }),
        }),
        new SceneFlexLayout({
          $data: new ShopQueryRunner(signalSeriesQueries(names), { datasource }),
          direction: 'row',
          wrap: 'wrap',
          children: signalPanels,
        }),
        healthPanels(datasource, names),
      ],
    }),
  });
}
