import { SceneAppPage } from '@grafana/scenes';
import { findPage } from '../../catalog';
import { appPage } from '../../scenes/appPage';
import { DashboardLink } from '../../scenes/DashboardLink';
import { PARTNER_VARIABLE } from '../../scenes/variableNames';
import type { ResolvedSettings } from '../../settings';
import { partnerUrl } from '../../urls';
import { partnerScene } from './partnerScene';
import { partnersListScene } from './partnersListScene';

const PARTNER_ROUTE = ':partner/*';

/** `/partners` and its drilldown `/partners/:partner`; the time range travels between them. */
export function partnersPage(settings: ResolvedSettings): SceneAppPage {
  return appPage('partners', {
    preserveUrlKeys: ['from', 'to'],
    getScene: () => partnersListScene(settings),
    drilldowns: [
      {
        // A trailing /*: the partner page renders routes of its own below this one.
        routePath: PARTNER_ROUTE,
        getPage: (routeMatch, parent) => {
          const partner = routeMatch.params.partner ?? '';
          return new SceneAppPage({
            title: partner,
            url: partnerUrl(partner),
            routePath: PARTNER_ROUTE,
            preserveUrlKeys: ['from', 'to'],
            getParentPage: () => parent,
            controls: [
              new DashboardLink({
                uid: findPage('partners').dashboardUid!,
                variables: { [PARTNER_VARIABLE]: partner },
              }),
            ],
            getScene: () => partnerScene(partner, settings),
          });
        },
      },
    ],
  });
}
