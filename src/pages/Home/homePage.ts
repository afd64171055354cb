import { EmbeddedScene, SceneAppPage, SceneFlexItem, SceneFlexLayout } from '@grafana/scenes';
import { ROUTES } from '../../constants';
import { prefixRoute } from '../../utils/utils.routing';
import { HomeOverview } from './HomeOverview';

export const homePage = new SceneAppPage({
  title: 'ShopPulse',
  subTitle: 'Business KPIs, what changed, partner SLAs and alert templates for the shop',
  url: prefixRoute(ROUTES.Home),
  routePath: `${ROUTES.Home}/*`,
  getScene: () =>
    new EmbeddedScene({
      body: new SceneFlexLayout({
        direction: 'column',
        children: [new SceneFlexItem({ body: new HomeOverview({}) })],
      }),
    }),
});
