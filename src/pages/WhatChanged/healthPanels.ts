import { ThresholdsMode } from '@grafana/data';
import { BarGaugeNamePlacement, BarGaugeSizing, type DataSourceRef, VizOrientation } from '@grafana/schema';
import { PanelBuilders, SceneFlexItem, SceneFlexLayout } from '@grafana/scenes';
import { HEALTH_CHECKS, type HealthCheckDef } from '../../catalog/health';
import { localize } from '../../i18n/localize';
import type { LabelNames } from '../../queries/selector';
import { metricServices } from '../../queries/signals';
import { QueryShare } from '../../scenes/QueryShare';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import { healthCheckQueries } from './queries';
import { shownForServices } from './serviceFilter';

/** The name's font size: a row is the name above its bar, and rows below this height scroll instead of shrinking. */
const NAME_SIZE = 12;
const MIN_ROW_HEIGHT = 36;

function thresholds({ threshold }: HealthCheckDef) {
  const [below, above] = threshold.worse === 'above' ? ['green', 'red'] : ['red', 'green'];
  return {
    mode: ThresholdsMode.Absolute,
    steps: [
      { value: -Infinity, color: below },
      { value: threshold.value, color: above },
    ],
  };
}

/**
 * The health checks as bar gauges, one bar per place, red past the line the check's description names, in a row
 * whose runner asks for all of them at once.
 */
export function healthPanels(datasource: DataSourceRef, names: LabelNames): SceneFlexLayout {
  const panels = HEALTH_CHECKS.map(
    (check) =>
      new SceneFlexItem({
        minWidth: 420,
        height: 260,
        $behaviors: [shownForServices(metricServices(check.metric))],
        body: PanelBuilders.bargauge()
          .setTitle(localize(check.title))
          .setDescription(localize(check.bad))
          .setUnit(check.unit)
          .setThresholds(thresholds(check))
          // Names such as "dep-a index_maintenance" get the bar's whole width above it: beside the bar they get 40%
          // of it, and Grafana's automatic orientation turns a wide panel into columns a few letters wide.
          .setOption('orientation', VizOrientation.Horizontal)
          .setOption('namePlacement', BarGaugeNamePlacement.Top)
          .setOption('text', { titleSize: NAME_SIZE })
          .setOption('sizing', BarGaugeSizing.Manual)
          .setOption('minVizHeight', MIN_ROW_HEIGHT)
          .setOption('maxVizHeight', 2 * MIN_ROW_HEIGHT)
          .setData(new QueryShare(check.id))
          .build(),
      })
  );
  return new SceneFlexLayout({
    $data: new ShopQueryRunner(healthCheckQueries(names), { datasource }),
    direction: 'row',
    wrap: 'wrap',
    children: panels,
  });
}
