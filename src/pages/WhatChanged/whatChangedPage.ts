import { SceneAppPage } from '@grafana/scenes';
import { ROUTES } from '../../constants';
import { localize } from '../../i18n/localize';
import type { ResolvedSettings } from '../../settings';
import { prefixRoute } from '../../utils/utils.routing';
import { MESSAGES } from './messages';
import { whatChangedScene } from './whatChangedScene';

export function whatChangedPage(settings: ResolvedSettings): SceneAppPage {
  return new SceneAppPage({
    title: localize(MESSAGES.title),
    subTitle: localize(MESSAGES.subTitle),
    url: prefixRoute(ROUTES.WhatChanged),
    routePath: `${ROUTES.WhatChanged}/*`,
    getScene: () => whatChangedScene(settings),
  });
}
