import { EmbeddedScene, SceneAppPage, SceneFlexItem, SceneFlexLayout } from '@grafana/scenes';
import { ROUTES } from '../../constants';
import { localize } from '../../i18n/localize';
import { prefixRoute } from '../../utils/utils.routing';
import { AlertCatalog } from './AlertCatalog';
import { MESSAGES } from './messages';
import type { ResolvedSettings } from '../../settings';

export function alertsPage(settings: ResolvedSettings): SceneAppPage {
  return new SceneAppPage({
    title: localize(MESSAGES.title),
    subTitle: localize(MESSAGES.subTitle),
    url: prefixRoute(ROUTES.Alerts),
    routePath: `${ROUTES.Alerts}/*`,
    getScene: () =>
      new EmbeddedScene({
        body: new SceneFlexLayout({
          direction: 'column',
          children: [new SceneFlexItem({ body: new AlertCatalog({ datasourceUid: settings.datasourceUid }) })],
        }),
      }),
  });
}
