import type { DataSourceRef } from '@grafana/schema';
import { PanelBuilders, SceneDataTransformer, SceneFlexItem, SceneFlexLayout } from '@grafana/scenes';
import { BAND_WEEKS } from '../../catalog/bands';
import { localize, localizeWith } from '../../i18n/localize';
import type { KpiDef } from '../../catalog/business';
import type { LabelNames } from '../../queries/selector';
import { bandsBehindSeries } from '../../scenes/bandSeries';
import { grafanaUnit } from '../../scenes/formatValue';
import { QueryShare } from '../../scenes/QueryShare';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import { MESSAGES } from './messages';
import { hourByHourGroup, hourByHourQueries } from './queries';

/** Banded KPIs hour by hour, each in front of the grey band of what the same hour did in past weeks. */
export function hourByHourPanels(datasource: DataSourceRef, names: LabelNames, kpis: KpiDef[]): SceneFlexLayout {
  return new SceneFlexLayout({
    $data: new ShopQueryRunner(
      hourByHourQueries(names, kpis, (kpi) => localize(kpi.title)),
      { datasource }
    ),
    direction: 'row',
    wrap: 'wrap',
    children: kpis.map((kpi) => {
      const panel = PanelBuilders.timeseries()
        .setTitle(localizeWith(MESSAGES.hourByHourTitle, { kpi: localize(kpi.title) }))
        .setDescription(localizeWith(MESSAGES.hourByHourDescription, { weeks: BAND_WEEKS }))
        .setUnit(grafanaUnit(kpi.unit))
        .setData(
          new SceneDataTransformer({
            $data: new QueryShare(hourByHourGroup(kpi.id)),
            transformations: [bandsBehindSeries],
          })
        );
      return new SceneFlexItem({
        minWidth: 420,
        height: 260,
        body: (kpi.count ? panel.setDecimals(0) : panel).build(),
      });
    }),
  });
}
