import { SceneAppPage } from '@grafana/scenes';
import { ROUTES } from '../../constants';
import { localize } from '../../i18n/localize';
import type { ResolvedSettings } from '../../settings';
import { prefixRoute } from '../../utils/utils.routing';
import { businessScene } from './businessScene';
import { MESSAGES } from './messages';

export function businessPage(settings: ResolvedSettings): SceneAppPage {
  return new SceneAppPage({
    title: localize(MESSAGES.title),
    subTitle: localize(MESSAGES.subTitle),
    url: prefixRoute(ROUTES.Business),
    routePath: `${ROUTES.Business}/*`,
    getScene: () => businessScene(settings),
  });
}
