import { EmbeddedScene, type SceneAppPage, SceneFlexItem, SceneFlexLayout } from '@grafana/scenes';
import { appPage } from '../../scenes/appPage';
import { HomeOverview } from './HomeOverview';

export function homePage(): SceneAppPage {
  return appPage('home', {
    getScene: () =>
      new EmbeddedScene({
        body: new SceneFlexLayout({
          direction: 'column',
          children: [new SceneFlexItem({ body: new HomeOverview({}) })],
        }),
      }),
  });
}
