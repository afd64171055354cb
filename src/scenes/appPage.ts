import { SceneAppPage, type SceneAppPageState } from '@grafana/scenes';
import { DashboardLink } from './DashboardLink';
import { type PageId, findPage } from '../catalog/pages';
import { localize } from '../i18n/localize';
import { pageRoute, pageUrl } from '../urls';

type PageContent = Omit<SceneAppPageState, 'title' | 'subTitle' | 'url' | 'routePath'>;

/** A page of the app as the page registry describes it: title, subtitle, URL, route and its dashboard's link. */
export function appPage(id: PageId, content: PageContent): SceneAppPage {
  const page = findPage(id);
  return new SceneAppPage({
    title: localize(page.heading ?? page.title),
    subTitle: localize(page.subTitle),
    url: pageUrl(id),
    routePath: pageRoute(id),
    controls: page.dashboardUid ? [new DashboardLink({ uid: page.dashboardUid })] : undefined,
    ...content,
  });
}
