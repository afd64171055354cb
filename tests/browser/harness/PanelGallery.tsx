import React, { useMemo } from 'react';
import {
  EmbeddedScene,
  SceneFlexItem,
  SceneFlexLayout,
  SceneQueryRunner,
  SceneTimePicker,
  SceneTimeRange,
  VizPanel,
} from '@grafana/scenes';
import { findKpi } from '../../../src/catalog/business';
import { SIGNALS } from '../../../src/catalog/signals';
import kpiChange from '../../../src/panels/kpiChange/plugin.json';
import slaBudget from '../../../src/panels/slaBudget/plugin.json';
import topMovers from '../../../src/panels/topMovers/plugin.json';
import { kpiQueries } from '../../../src/queries/kpiQueries';
import { slaBudgetExpr } from '../../../src/queries/partners';
import { type PromQuery, instantQuery } from '../../../src/queries/query';
import { CONTRACT_LABELS } from '../../../src/queries/selector';
import { signalDayBaselineExpr, signalExpr } from '../../../src/queries/signals';
import { PageHeaderStandIn } from './PageHeader';

const DATASOURCE = { type: 'prometheus', uid: 'shoppulse-prometheus' };
const errors = SIGNALS.find((signal) => signal.id === 'error_ratio')!;

/** A nested panel with no options set, on the queries a user would give it, as on a dashboard. */
function panel(pluginId: string, title: string, queries: PromQuery[], unit: string | undefined, height: number) {
  return new SceneFlexItem({
    height,
    body: new VizPanel({
      pluginId,
      title,
      description: `${title}: ShopPulse's own panel, with its default options.`,
      fieldConfig: { defaults: unit ? { unit } : {}, overrides: [] },
      $data: new SceneQueryRunner({ datasource: DATASOURCE, queries }),
    }),
  });
}

function galleryScene() {
  const revenue = kpiQueries(
    findKpi('revenue'),
    CONTRACT_LABELS
  )({ filters: {}, resolution: '5m', baseline: '1w', from: 0, to: 0 });
  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-24h', to: 'now' }),
    controls: [new SceneTimePicker({})],
    body: new SceneFlexLayout({
      direction: 'column',
      children: [
        panel(kpiChange.id, 'Revenue', revenue, 'currencyPLN', 140),
        panel(
          topMovers.id,
          'Server errors that moved most',
          [
            instantQuery('A', signalExpr(errors, '30m')),
            instantQuery('B', signalExpr(errors, '30m', {}, '1w')),
            instantQuery('C', signalDayBaselineExpr(errors, '30m')),
          ],
          'percentunit',
          420
        ),
        panel(slaBudget.id, 'SLA budget', [instantQuery('A', slaBudgetExpr())], undefined, 900),
      ],
    }),
  });
}

/** The app's nested panels on real frames: what the README's panel pictures show. */
export function PanelGallery() {
  const scene = useMemo(() => galleryScene(), []);
  return (
    <PageHeaderStandIn pageNav={{ text: 'ShopPulse panels' }}>
      <scene.Component model={scene} />
    </PageHeaderStandIn>
  );
}
