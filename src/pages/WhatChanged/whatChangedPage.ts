import type { SceneAppPage } from '@grafana/scenes';
import { appPage } from '../../scenes/appPage';
import type { ResolvedSettings } from '../../settings';
import { whatChangedScene } from './whatChangedScene';

export function whatChangedPage(settings: ResolvedSettings): SceneAppPage {
  return appPage('what-changed', { getScene: () => whatChangedScene(settings) });
}
