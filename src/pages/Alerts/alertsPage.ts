import {
  EmbeddedScene,
  type SceneAppPage,
  SceneFlexItem,
  SceneFlexLayout,
  SceneRefreshPicker,
  SceneTimeRange,
} from '@grafana/scenes';
import { ACTIVITY_DAYS } from '../../catalog/alerts';
import { alertActivityQueries } from '../../queries/alertActivity';
import { appPage } from '../../scenes/appPage';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import type { ResolvedSettings } from '../../settings';
import { AlertActivity } from './AlertActivity';
import { AlertCatalog } from './AlertCatalog';

export function alertsPage(settings: ResolvedSettings): SceneAppPage {
  const { datasourceUid, contracts, maintenance, tenantLabel, deploymentLabel } = settings;
  const names = { tenantLabel, deploymentLabel };
  const slaScope = { contracts, names };
  const slaRecords = { contracts, windows: maintenance };
  const activity = datasourceUid
    ? [
        new SceneFlexItem({
          body: new AlertActivity({
            names,
            $data: new ShopQueryRunner(alertActivityQueries, {
              datasource: { type: 'prometheus', uid: datasourceUid },
            }),
          }),
        }),
      ]
    : [];
  return appPage('alerts', {
    getScene: () =>
      new EmbeddedScene({
        $timeRange: new SceneTimeRange({ from: `now-${ACTIVITY_DAYS}d`, to: 'now' }),
        controls: [new SceneRefreshPicker({})],
        body: new SceneFlexLayout({
          direction: 'column',
          children: [
            ...activity,
            new SceneFlexItem({ body: new AlertCatalog({ datasourceUid, slaScope, slaRecords }) }),
          ],
        }),
      }),
  });
}
