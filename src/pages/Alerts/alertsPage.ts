import { EmbeddedScene, type SceneAppPage, SceneFlexItem, SceneFlexLayout } from '@grafana/scenes';
import { appPage } from '../../scenes/appPage';
import type { ResolvedSettings } from '../../settings';
import { AlertCatalog } from './AlertCatalog';

export function alertsPage(settings: ResolvedSettings): SceneAppPage {
  const { datasourceUid, contracts, maintenance, tenantLabel, deploymentLabel } = settings;
  const slaScope = { contracts, names: { tenantLabel, deploymentLabel } };
  const slaRecords = { contracts, windows: maintenance };
  return appPage('alerts', {
    getScene: () =>
      new EmbeddedScene({
        body: new SceneFlexLayout({
          direction: 'column',
          children: [new SceneFlexItem({ body: new AlertCatalog({ datasourceUid, slaScope, slaRecords }) })],
        }),
      }),
  });
}
