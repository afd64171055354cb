import type { SceneAppPage } from '@grafana/scenes';
import { appPage } from '../../scenes/appPage';
import type { ResolvedSettings } from '../../settings';
import { businessScene } from './businessScene';

export function businessPage(settings: ResolvedSettings): SceneAppPage {
  return appPage('business', { getScene: () => businessScene(settings) });
}
