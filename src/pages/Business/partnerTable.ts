import { type DataSourceRef } from '@grafana/schema';
import { PanelBuilders, SceneDataTransformer, type VizPanel } from '@grafana/scenes';
import { localize } from '../../i18n/localize';
import type { LabelNames } from '../../queries/selector';
import { grafanaUnit } from '../../scenes/formatValue';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import { partnerQueries } from './queries';
import { PARTNER_DATA_LINKS } from '../../urls';
import { MESSAGES } from './messages';

export function partnerTable(datasource: DataSourceRef, names: LabelNames): VizPanel {
  const partner = names.tenantLabel;
  const runner = new ShopQueryRunner(partnerQueries(names), { datasource });
  return PanelBuilders.table()
    .setTitle(localize(MESSAGES.partnersTitle))
    .setDescription(localize(MESSAGES.partnersDescription))
    .setData(
      new SceneDataTransformer({
        $data: runner,
        transformations: [
          { id: 'merge', options: {} },
          {
            id: 'organize',
            options: {
              excludeByName: { Time: true },
              renameByName: {
                [partner]: localize(MESSAGES.partner),
                'Value #revenue': localize(MESSAGES.revenue),
                'Value #orders': localize(MESSAGES.orders),
                'Value #share': localize(MESSAGES.share),
              },
            },
          },
          { id: 'sortBy', options: { sort: [{ field: localize(MESSAGES.revenue), desc: true }] } },
        ],
      })
    )
    .setOverrides((overrides) => {
      // A partner with no orders in the range has none; a panel without data says "No data", never a 0.
      for (const column of [MESSAGES.revenue, MESSAGES.orders, MESSAGES.share]) {
        overrides.matchFieldsWithName(localize(column)).overrideNoValue('0');
      }
      overrides.matchFieldsWithName(localize(MESSAGES.partner)).overrideLinks([
        {
          title: localize(MESSAGES.partnerPage),
          url: PARTNER_DATA_LINKS.page,
        },
        {
          title: localize(MESSAGES.filterToPartner),
          url: PARTNER_DATA_LINKS.business,
        },
      ]);
      // The tiles' formats: full złoty in the user's language, whole orders.
      overrides.matchFieldsWithName(localize(MESSAGES.revenue)).overrideUnit(grafanaUnit('currencyPLN'));
      overrides.matchFieldsWithName(localize(MESSAGES.orders)).overrideUnit(grafanaUnit('short')).overrideDecimals(0);
      overrides
        .matchFieldsWithName(localize(MESSAGES.share))
        .overrideUnit(grafanaUnit('percentunit'))
        .overrideDecimals(1);
    })
    .build();
}
