import { MappingType } from '@grafana/data';
import { type DataSourceRef, TableCellDisplayMode } from '@grafana/schema';
import {
  EmbeddedScene,
  PanelBuilders,
  SceneControlsSpacer,
  SceneDataTransformer,
  SceneFlexItem,
  SceneFlexLayout,
  SceneRefreshPicker,
  SceneTimePicker,
  SceneTimeRange,
} from '@grafana/scenes';
import { localize } from '../../i18n/localize';
import { grafanaUnit } from '../../scenes/formatValue';
import type { LabelNames } from '../../queries/selector';
import { noDatasourceScene } from '../../scenes/noDatasourceScene';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import type { ResolvedSettings } from '../../settings';
import { PARTNER_DATA_LINKS } from '../../urls';
import { MESSAGES } from './messages';
import { partnerListQueries } from './queries';
import type { Contracts } from '../../catalog/contracts';

const NUMBER_COLUMNS = [
  'compliance30d',
  'monthToDate',
  'budgetRemaining',
  'monthBudgetLeft',
  'monthBudgetOrders',
  'monthBudgetRevenue',
  'burnRate1h',
] as const;

function partnerList(datasource: DataSourceRef, names: LabelNames, contracts: Contracts) {
  const column = (refId: keyof typeof MESSAGES) => localize(MESSAGES[refId]);
  return PanelBuilders.table()
    .setTitle(localize(MESSAGES.listTitle))
    .setDescription(localize(MESSAGES.listDescription))
    .setData(
      new SceneDataTransformer({
        $data: new ShopQueryRunner(partnerListQueries(names, contracts), { datasource }),
        transformations: [
          { id: 'merge', options: {} },
          // What the requests left carry, estimated at the last day's orders and revenue per request.
          ...(['Orders', 'Revenue'] as const).map((kind) => ({
            id: 'calculateField',
            options: {
              mode: 'binary',
              alias: `monthBudget${kind}`,
              binary: {
                left: { matcher: { id: 'byName', options: 'Value #monthBudgetLeft' } },
                operator: '*',
                right: { matcher: { id: 'byName', options: `Value #${kind.toLowerCase()}PerRequest` } },
              },
            },
          })),
          {
            id: 'organize',
            options: {
              excludeByName: { Time: true, 'Value #ordersPerRequest': true, 'Value #revenuePerRequest': true },
              indexByName: Object.fromEntries(
                [
                  names.deploymentLabel,
                  names.tenantLabel,
                  'Value #compliance30d',
                  'Value #monthToDate',
                  'Value #budgetRemaining',
                  'Value #monthBudgetLeft',
                  'monthBudgetOrders',
                  'monthBudgetRevenue',
                  'Value #burnRate1h',
                  'Value #status',
                ].map((name, index) => [name, index])
              ),
              renameByName: {
                [names.tenantLabel]: column('partner'),
                [names.deploymentLabel]: column('deployment'),
                'Value #compliance30d': column('compliance30d'),
                'Value #monthToDate': column('monthToDate'),
                'Value #budgetRemaining': column('budgetRemaining'),
                'Value #monthBudgetLeft': column('monthBudgetLeft'),
                monthBudgetOrders: column('monthBudgetOrders'),
                monthBudgetRevenue: column('monthBudgetRevenue'),
                'Value #burnRate1h': column('burnRate1h'),
                'Value #status': column('status'),
              },
            },
          },
          { id: 'sortBy', options: { sort: [{ field: column('compliance30d'), desc: false }] } },
        ],
      })
    )
    .setOverrides((overrides) => {
      overrides.matchFieldsWithName(column('partner')).overrideLinks([
        {
          title: localize(MESSAGES.openPartner),
          url: PARTNER_DATA_LINKS.page,
        },
      ]);
      for (const field of ['compliance30d', 'monthToDate', 'budgetRemaining'] as const) {
        overrides.matchFieldsWithName(column(field)).overrideUnit('percentunit').overrideDecimals(2);
      }
      for (const field of ['monthBudgetLeft', 'monthBudgetOrders'] as const) {
        overrides.matchFieldsWithName(column(field)).overrideUnit('locale').overrideDecimals(0);
      }
      overrides
        .matchFieldsWithName(column('monthBudgetRevenue'))
        .overrideUnit(grafanaUnit('currencyPLN'))
        .overrideDecimals(0);
      overrides.matchFieldsWithName(column('burnRate1h')).overrideUnit('none').overrideDecimals(2);
      // Ten columns at the table's own widths are wider than a laptop's screen: these fit in about 1,300 px.
      overrides.matchFieldsWithName(column('deployment')).overrideCustomFieldConfig('width', 100);
      overrides.matchFieldsWithName(column('partner')).overrideCustomFieldConfig('width', 120);
      for (const field of NUMBER_COLUMNS) {
        overrides.matchFieldsWithName(column(field)).overrideCustomFieldConfig('width', 140);
      }
      overrides
        .matchFieldsWithName(column('status'))
        .overrideCustomFieldConfig('width', 100)
        .overrideUnit('none')
        .overrideMappings([
          {
            type: MappingType.ValueToText,
            options: {
              0: { text: localize(MESSAGES.ok), color: 'green', index: 0 },
              1: { text: localize(MESSAGES.atRisk), color: 'orange', index: 1 },
              2: { text: localize(MESSAGES.breached), color: 'red', index: 2 },
            },
          },
        ])
        .overrideCustomFieldConfig('cellOptions', { type: TableCellDisplayMode.ColorBackground });
    })
    .build();
}

/** The Partners page: one row per partner, worst first. */
export function partnersListScene(settings: ResolvedSettings): EmbeddedScene {
  if (!settings.datasourceUid) {
    return noDatasourceScene();
  }
  const datasource: DataSourceRef = { type: 'prometheus', uid: settings.datasourceUid };
  const names: LabelNames = { tenantLabel: settings.tenantLabel, deploymentLabel: settings.deploymentLabel };
  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-30d', to: 'now' }),
    controls: [new SceneControlsSpacer(), new SceneTimePicker({}), new SceneRefreshPicker({})],
    body: new SceneFlexLayout({
      direction: 'column',
      children: [new SceneFlexItem({ minHeight: 300, body: partnerList(datasource, names, settings.contracts) })],
    }),
  });
}
