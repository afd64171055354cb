import { MappingType } from '@grafana/data';
import { type DataSourceRef, ThresholdsMode } from '@grafana/schema';
import {
  ConstantVariable,
  EmbeddedScene,
  PanelBuilders,
  SceneControlsSpacer,
  SceneDataLayerSet,
  SceneFlexItem,
  SceneFlexLayout,
  SceneReactObject,
  SceneRefreshPicker,
  SceneTimePicker,
  SceneTimeRange,
  SceneVariableSet,
  type SceneObject,
  type VizPanel,
} from '@grafana/scenes';
import React from 'react';
import { LinkButton } from '@grafana/ui';
import { contractOf, errorBudgetOf } from '../../catalog/contracts';
import { slaFigures } from '../../catalog/sla';
import { findKpi } from '../../catalog/business';
import { currentLanguage, localize, localizeWith } from '../../i18n/localize';
import type { LabelNames } from '../../queries/selector';
import { partnerAnnotationExprs } from '../../queries/annotations';
import { DataLayerToggles } from '../../scenes/DataLayerToggles';
import { deploysLayer, maintenanceLayer, prometheusAnnotations } from '../../scenes/annotations';
import { PARTNER_VARIABLE } from '../../scenes/filters';
import { KpiTile, kpiTileGrid } from '../../scenes/KpiTile';
import { kpiQueries } from '../../queries/kpiQueries';
import { noDatasourceScene } from '../../scenes/noDatasourceScene';
import { knownPartnersExpr } from '../../queries/presence';
import { type QueryBuilder, instantQuery } from '../../queries/query';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import { QueryShare } from '../../scenes/QueryShare';
import type { ResolvedSettings } from '../../settings';
import { partnerBusinessUrl } from '../../urls';
import { BurnRateTable } from './BurnRateTable';
import { MESSAGES } from './messages';
import { MonthlyReport } from './MonthlyReport';
import { PartnerGate } from './PartnerGate';
import {
  burnRateQueries,
  LATENCY_POINTS,
  latencyQueries,
  partnerStatQueries,
  partnerTrendQueries,
  reportQueries,
  BRIEF_KPIS,
  KNOWN_PARTNERS,
} from './queries';
import { worstRoutesTable } from './worstRoutesTable';

/** Below this a chart's title and axis get cut: four panels still fit side by side on a 1300 px wide page. */
const MIN_PANEL_WIDTH = 300;

function stat(refId: string, title: string, description: string, unit: string, target?: number): VizPanel {
  const panel = PanelBuilders.stat()
    .setTitle(title)
    .setDescription(description)
    .setUnit(unit)
    .setData(new QueryShare(refId));
  if (target !== undefined) {
    panel.setThresholds({
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'red' },
        { value: target, color: 'green' },
      ],
    });
  }
  return panel.build();
}

const DAY_SECONDS = 86400;

/** When the budget runs out: red within 3 days, orange within a week, and said in words once it is gone. */
function exhaustedInStat(): VizPanel {
  return PanelBuilders.stat()
    .setTitle(localize(MESSAGES.exhaustedIn))
    .setDescription(localize(MESSAGES.exhaustedInDescription))
    .setUnit('s')
    .setData(new QueryShare('exhaustedIn'))
    .setThresholds({
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'red' },
        { value: 3 * DAY_SECONDS, color: 'orange' },
        { value: 7 * DAY_SECONDS, color: 'green' },
      ],
    })
    .setMappings([
      {
        type: MappingType.RangeToText,
        options: { from: null, to: 0, result: { text: localize(MESSAGES.budgetSpent), color: 'red', index: 0 } },
      },
    ])
    .build();
}

/**
 * Deploys on the partner's deployment, the alerts about the partner or its deployment, and the maintenance windows
 * the SLA rules left out of its figures.
 */
function partnerLayers(datasource: DataSourceRef, partner: string, names: LabelNames) {
  const exprs = partnerAnnotationExprs(partner, names);
  return new SceneDataLayerSet({
    layers: [
      deploysLayer(datasource, names, exprs.deploys),
      prometheusAnnotations(datasource, names, localize(MESSAGES.alerts), 'red', exprs.alerts, '{{alertname}}'),
      maintenanceLayer(datasource, names, exprs.maintenance),
    ],
  });
}

/** One partner: SLA numbers, trends, burn rates, latency, its business KPIs and the monthly report. */
export function partnerScene(partner: string, settings: ResolvedSettings): EmbeddedScene {
  if (!settings.datasourceUid) {
    return noDatasourceScene();
  }
  const datasource: DataSourceRef = { type: 'prometheus', uid: settings.datasourceUid };
  const names: LabelNames = { tenantLabel: settings.tenantLabel, deploymentLabel: settings.deploymentLabel };
  const runner = (build: QueryBuilder) => new ShopQueryRunner(build, { datasource });
  // The partner's own contract: its target colours the figures and judges its months.
  const { contracts } = settings;
  const contract = contractOf(partner, contracts);
  const figures = slaFigures(contract, currentLanguage());
  const stats = partnerStatQueries(partner, names, contracts);
  const trends = partnerTrendQueries(partner, names, contracts);
  const latency = latencyQueries(partner, names, contracts);
  // Panels of a row wrap onto the next line instead of being squeezed below a readable width; panels reading the
  // same range at the same step share the runner of their row (or rows), one request for all.
  const row = (height: number, bodies: SceneObject[], $data?: ShopQueryRunner) =>
    new SceneFlexLayout({
      $data,
      direction: 'row',
      wrap: 'wrap',
      children: bodies.map((body) => new SceneFlexItem({ body, height, minWidth: MIN_PANEL_WIDTH })),
    });

  const body = new SceneFlexLayout({
    direction: 'column',
    children: [
      row(
        130,
        [
          stat(
            'complianceRange',
            localize(MESSAGES.complianceRange),
            localizeWith(MESSAGES.complianceRangeDescription, figures),
            'percentunit',
            contract.target
          ),
          stat(
            'monthToDate',
            localize(MESSAGES.monthToDate),
            localize(MESSAGES.monthToDateDescription),
            'percentunit',
            contract.target
          ),
          stat(
            'budgetRemaining',
            localize(MESSAGES.budgetRemaining),
            localizeWith(MESSAGES.budgetDescription, figures),
            'percentunit',
            0
          ),
          exhaustedInStat(),
        ],
        runner(stats)
      ),
      row(
        280,
        [
          PanelBuilders.timeseries()
            .setTitle(localize(MESSAGES.complianceOverTime))
            .setDescription(localizeWith(MESSAGES.complianceOverTimeDescription, figures))
            .setUnit('percentunit')
            .setData(new QueryShare('compliance'))
            .setThresholds({
              mode: ThresholdsMode.Absolute,
              steps: [
                { value: -Infinity, color: 'red' },
                { value: contract.target, color: 'green' },
              ],
            })
            .setCustomFieldConfig('thresholdsStyle', { mode: 'line' } as never)
            .build(),
          PanelBuilders.timeseries()
            .setTitle(localize(MESSAGES.burnDown))
            .setDescription(localize(MESSAGES.burnDownDescription))
            .setUnit('percentunit')
            .setData(new QueryShare('budget'))
            .build(),
        ],
        runner(trends)
      ),
      new SceneFlexItem({
        body: new BurnRateTable({
          budget: errorBudgetOf(contract),
          $data: runner(burnRateQueries(partner, names, contracts)),
        }),
      }),
      // The latency panels ask for more points than the others: a runner of their own for both rows.
      new SceneFlexLayout({
        $data: new ShopQueryRunner(latency, { datasource, maxDataPoints: LATENCY_POINTS }),
        direction: 'column',
        children: [
          row(280, [
            PanelBuilders.heatmap()
              .setTitle(localize(MESSAGES.latency))
              .setDescription(localize(MESSAGES.latencyDescription))
              .setUnit('s')
              .setData(new QueryShare('heatmap'))
              .setOption('calculate', false)
              .build(),
            PanelBuilders.timeseries()
              .setTitle(localizeWith(MESSAGES.slowShare, figures))
              .setDescription(localizeWith(MESSAGES.slowShareDescription, figures))
              .setUnit('percentunit')
              // The one series' name, in the user's language (queries stay free of texts).
              .setDisplayName(localizeWith(MESSAGES.slowShareSeries, figures))
              .setData(new QueryShare('slowShare'))
              .build(),
          ]),
          row(260, [
            PanelBuilders.timeseries()
              .setTitle(localize(MESSAGES.errorsByRoute))
              .setDescription(localize(MESSAGES.errorsByRouteDescription))
              .setUnit('reqps')
              .setData(new QueryShare('errorsByRoute'))
              .build(),
            worstRoutesTable(),
          ]),
        ],
      }),
      new SceneFlexItem({
        body: kpiTileGrid(
          BRIEF_KPIS.map((id) => new KpiTile({ kpi: findKpi(id), $data: runner(kpiQueries(findKpi(id), names)) }))
        ),
      }),
      new SceneFlexItem({
        body: new SceneReactObject({
          component: () => (
            <LinkButton href={partnerBusinessUrl(partner)} variant="secondary" icon="arrow-right">
              {localize(MESSAGES.businessLink)}
            </LinkButton>
          ),
        }),
      }),
      new SceneFlexItem({
        body: new MonthlyReport({
          partner,
          contract,
          windows: settings.maintenance,
          $data: runner(reportQueries(partner, names, contracts, settings.maintenance)),
        }),
      }),
    ],
  });

  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-7d', to: 'now' }),
    // The business KPIs read the partner from this variable, as on the Business page.
    $variables: new SceneVariableSet({ variables: [new ConstantVariable({ name: PARTNER_VARIABLE, value: partner })] }),
    $data: partnerLayers(datasource, partner, names),
    controls: [new DataLayerToggles(), new SceneControlsSpacer(), new SceneTimePicker({}), new SceneRefreshPicker({})],
    body: new PartnerGate({
      partner,
      tenantLabel: names.tenantLabel,
      body,
      $data: runner(() => [instantQuery(KNOWN_PARTNERS, knownPartnersExpr(names))]),
    }),
  });
}
