import { QueryVariable, SceneQueryRunner, type SceneObject, dataLayers, sceneGraph } from '@grafana/scenes';
import type { QueryContext } from '../queries/query';
import type { LabelNames } from '../queries/selector';
import { ShopQueryRunner } from '../scenes/ShopQueryRunner';
import { resolveSettings } from '../settings';
import { businessScene } from './Business/businessScene';
import { PAGE_QUERIES, QUERY_CONTEXTS, SAMPLE_PARTNER } from './pageQueries';
import { partnerScene } from './Partners/partnerScene';
import { partnersListScene } from './Partners/partnersListScene';
import { whatChangedScene } from './WhatChanged/whatChangedScene';

const PARTNER = SAMPLE_PARTNER;

/** The PromQL a scene holds in `context`: its runners' queries, its variables' and its annotation layers'. */
function sceneQueries(scene: SceneObject, context: QueryContext): Set<string> {
  const exprs = new Set<string>();
  for (const object of sceneGraph.findAllObjects(scene, () => true)) {
    if (object instanceof ShopQueryRunner) {
      object.queriesFor(context).forEach((query) => exprs.add(query.expr));
    } else if (object instanceof SceneQueryRunner) {
      throw new Error('A panel runs queries no page query list can know: build it with ShopQueryRunner');
    } else if (object instanceof QueryVariable) {
      const { query } = object.state;
      exprs.add(typeof query === 'string' ? query : String(query.query));
    } else if (object instanceof dataLayers.AnnotationsDataLayer) {
      const target = (object.state.query as { target?: { expr?: string } }).target;
      if (target?.expr) {
        exprs.add(target.expr);
      }
    }
  }
  return exprs;
}

function listedQueries(page: keyof typeof PAGE_QUERIES, names: LabelNames, context: QueryContext): Set<string> {
  return new Set(PAGE_QUERIES[page](names, PARTNER).flatMap((build) => build(context).map((query) => query.expr)));
}

describe.each([
  ['contract labels', { datasourceUid: 'prom' }],
  ['renamed labels', { datasourceUid: 'prom', tenantLabel: 'shop_partner', deploymentLabel: 'env' }],
])('each page query list holds exactly what its scenes run (%s)', (_, jsonData) => {
  const settings = resolveSettings(jsonData);
  const names: LabelNames = { tenantLabel: settings.tenantLabel, deploymentLabel: settings.deploymentLabel };
  const scenes = {
    business: () => [businessScene(settings)],
    'what-changed': () => [whatChangedScene(settings)],
    partners: () => [partnersListScene(settings), partnerScene(PARTNER, settings)],
  } as const;

  it.each(Object.keys(scenes) as Array<keyof typeof scenes>)('%s', (page) => {
    const built = scenes[page]();
    for (const context of QUERY_CONTEXTS) {
      const run = new Set(built.flatMap((scene) => [...sceneQueries(scene, context)]));
      const listed = listedQueries(page, names, context);
      expect([...listed].filter((expr) => !run.has(expr))).toEqual([]);
      expect([...run].filter((expr) => !listed.has(expr))).toEqual([]);
      expect(run.size).toBeGreaterThan(5);
    }
  });
});
