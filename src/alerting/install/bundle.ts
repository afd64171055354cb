import bundleJson from './bundle.gen.json';
import type { Folder } from './grafanaApi';
import type { Desired } from './plan';

/** The placeholder the generator writes where the rules' data source goes (generate/alerts/grafana/installBundle.ts). */
const DATASOURCE_PLACEHOLDER = '__SHOPPULSE_DATASOURCE__';

type Bundle = typeof bundleJson;

/** The folder the install creates when Grafana has none of ours. */
export const BUNDLE_FOLDER: Folder = bundleJson.folder;

/**
 * What installing means, object by object, in the order Grafana needs them: the folder before its rule groups,
 * the template and contact points before the policies that name them, the mute timing before the policies use it.
 */
export function desiredObjects(datasourceUid: string, folder: Folder = BUNDLE_FOLDER): Array<Desired<unknown>> {
  const bundle: Bundle = JSON.parse(JSON.stringify(bundleJson).replaceAll(DATASOURCE_PLACEHOLDER, datasourceUid));
  return [
    { kind: 'folder', key: folder.uid, body: folder },
    ...bundle.templates.map((template) => ({ kind: 'template' as const, key: template.name, body: template })),
    ...bundle.contactPoints.map((point) => ({ kind: 'contact point' as const, key: point.uid, body: point })),
    ...bundle.muteTimings.map((timing) => ({ kind: 'mute timing' as const, key: timing.name, body: timing })),
    { kind: 'notification policy', key: 'tree', body: bundle.policies },
    ...bundle.ruleGroups.map((group) => ({
      kind: 'rule group' as const,
      key: group.title,
      body: {
        title: group.title,
        folderUid: folder.uid,
        interval: group.interval,
        rules: bundle.rules
          .filter((rule) => rule.ruleGroup === group.title)
          .map((rule) => ({ ...rule, folderUID: folder.uid })),
      },
    })),
  ];
}
