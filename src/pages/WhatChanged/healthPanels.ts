import { ThresholdsMode } from '@grafana/data';
import { BarGaugeNamePlacement, BarGaugeSizing, type DataSourceRef, VizOrientation } from '@grafana/schema';
import { PanelBuilders, SceneFlexItem } from '@grafana/scenes';
import { HEALTH_CHECKS, type HealthCheckDef } from '../../catalog/health';
import { localize } from '../../i18n/localize';
import { healthExpr } from '../../queries/health';
import { type LabelNames, legendOf } from '../../queries/selector';
import { metricServices } from '../../queries/signals';
import { instantQuery } from '../../queries/query';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import { shownForServices } from './serviceFilter';

/** The labels that name a bar. */
const LEGENDS: Record<HealthCheckDef['id'], string[]> = {
  job_overdue: ['deployment', 'job'],
  job_failures: ['deployment', 'job'],
  db_connections: ['deployment'],
  disk_free: ['deployment', 'mountpoint'],
  queue_growth: ['deployment', 'queue'],
  cert_expiry: ['tenant'],
};

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

/** The health checks as bar gauges, one bar per place, red past the line the check's description names. */
export function healthPanels(datasource: DataSourceRef, names: LabelNames): SceneFlexItem[] {
  return HEALTH_CHECKS.map(
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
          .setData(
            new ShopQueryRunner(
              ({ filters }) => [
                {
                  ...instantQuery(check.id, healthExpr(check, filters, '$__range', names)),
                  legendFormat: legendOf(LEGENDS[check.id], names),
                  timeRangeCompare: false,
                },
              ],
              { datasource }
            )
          )
          .build(),
      })
  );
}
