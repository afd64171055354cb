import React from 'react';
import { type DataSourceRef } from '@grafana/schema';
import {
  EmbeddedScene,
  type SceneFlexItemLike,
  SceneControlsSpacer,
  SceneFlexItem,
  SceneFlexLayout,
  SceneReactObject,
  SceneRefreshPicker,
  SceneTimePicker,
  SceneTimeRange,
  VariableValueSelectors,
} from '@grafana/scenes';
import { FUNNEL_STEPS, KPIS, SECTIONS } from '../../catalog/business';
import { localize } from '../../i18n/localize';
import type { LabelNames } from '../../queries/selector';
import { noDatasourceScene } from '../../scenes/noDatasourceScene';
import { filterVariables } from '../../scenes/filters';
import { KpiTile, kpiTileGrid } from '../../scenes/KpiTile';
import { kpiQueries } from '../../queries/kpiQueries';
import { BANDED } from '../../queries/bands';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import { QueryShare } from '../../scenes/QueryShare';
import { groupedQueries } from '../../queries/query';
import { UnknownPartnerNotice } from '../../scenes/UnknownPartnerNotice';
import type { ResolvedSettings } from '../../settings';
import { FunnelPanel } from './FunnelPanel';
import { hourByHourPanels } from './hourByHour';
import { partnerTable } from './partnerTable';
import { riskQueries } from './queries';
import { RiskStrip } from './RiskStrip';

function heading(text: string): SceneFlexItem {
  return new SceneFlexItem({ body: new SceneReactObject({ reactNode: React.createElement('h2', null, text) }) });
}

/** A section's tiles, whose queries go in one request: each tile reads its share of the section's runner. */
function kpiRow(section: string, tiles: Map<string, KpiTile>, runner: ShopQueryRunner): SceneFlexItem {
  return new SceneFlexItem({
    $data: runner,
    body: kpiTileGrid(KPIS.filter((kpi) => kpi.section === section).map((kpi) => tiles.get(kpi.id)!)),
  });
}

/** The Business page: risks first, then each section's KPIs with their week-over-week change, then the partners. */
export function businessScene(settings: ResolvedSettings): EmbeddedScene {
  if (!settings.datasourceUid) {
    return noDatasourceScene();
  }
  const datasource: DataSourceRef = { type: 'prometheus', uid: settings.datasourceUid };
  const names: LabelNames = { tenantLabel: settings.tenantLabel, deploymentLabel: settings.deploymentLabel };

  // Each query once: the tiles read the risk strip's answers, the funnel reads its steps' tiles.
  const risks = new ShopQueryRunner(riskQueries(names, settings.contracts), { datasource });
  const tiles = new Map(KPIS.map((kpi) => [kpi.id, new KpiTile({ kpi, $data: new QueryShare(kpi.id) }, risks)]));
  const funnel = new FunnelPanel(FUNNEL_STEPS.map((id) => tiles.get(id)!.state.$data!));
  const sectionRunner = (section: string) =>
    new ShopQueryRunner(
      groupedQueries(
        KPIS.filter((kpi) => kpi.section === section).map((kpi) => [
          kpi.id,
          kpiQueries(kpi, names, { risksAskedElsewhere: true }),
        ])
      ),
      { datasource }
    );

  const bandedIn = (section: string) => BANDED.kpis().filter((kpi) => kpi.section === section);
  const sections: SceneFlexItemLike[] = SECTIONS.flatMap((section) => [
    heading(localize(section.title)),
    kpiRow(section.id, tiles, sectionRunner(section.id)),
    ...(bandedIn(section.id).length > 0 ? [hourByHourPanels(datasource, names, bandedIn(section.id))] : []),
    ...(section.id === 'funnel' ? [new SceneFlexItem({ body: funnel })] : []),
  ]);

  const unknownPartner = new UnknownPartnerNotice();
  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now/d', to: 'now' }),
    $variables: filterVariables(datasource, names),
    $behaviors: [unknownPartner.watchPartner],
    controls: [
      new VariableValueSelectors({}),
      new SceneControlsSpacer(),
      new SceneTimePicker({}),
      new SceneRefreshPicker({}),
    ],
    body: new SceneFlexLayout({
      direction: 'column',
      children: [
        new SceneFlexItem({ body: unknownPartner }),
        new SceneFlexItem({ body: new RiskStrip({ $data: risks, contracts: settings.contracts, names }) }),
        ...sections,
        new SceneFlexItem({ minHeight: 260, body: partnerTable(datasource, names) }),
      ],
    }),
  });
}
