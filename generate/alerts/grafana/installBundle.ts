import type { GeneratedFile } from '../../types';
import { contactPoints } from './contactPoints';
import { muteTimings } from './muteTimings';
import { notificationPolicy } from './policies';
import { ruleGroups } from './rules';
import { FOLDER, plain, prometheusDatasource } from './shared';
import { notificationTemplates } from './templates';

export const INSTALL_BUNDLE_PATH = 'src/alerting/install/bundle.gen.json';
/** Replaced by the data source chosen on the app's configuration page when the Alerts page installs the rules. */
export const DATASOURCE_PLACEHOLDER = '__SHOPPULSE_DATASOURCE__';
export const FOLDER_UID = 'shoppulse';

/** The API has no environment variables: a secret becomes a placeholder the admin replaces in Grafana's UI. */
function placeholderSecrets(settings: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(settings).map(([key, value]) => [
      key,
      typeof value === 'string' && /^\$\{\w+\}$/.test(value)
        ? key === 'url'
          ? 'https://replace-me.invalid/'
          : 'replace-me'
        : value,
    ])
  );
}

/**
 * src/alerting/install/bundle.gen.json: the same rules, contact points, policy tree, mute timing and template as
 * provisioning/alerting/, in the shapes Grafana's alerting provisioning HTTP API takes, for the Alerts page's installer.
 */
export function installBundleFile(): GeneratedFile {
  const datasourceUid = prometheusDatasource().uid;
  const rules = ruleGroups().flatMap((group) =>
    (group.rules ?? []).map((rule) => ({ ...rule, folderUID: FOLDER_UID, ruleGroup: group.title }))
  );
  const bundle = plain({
    folder: { uid: FOLDER_UID, title: FOLDER },
    ruleGroups: ruleGroups().map((group) => ({ title: group.title, interval: group.interval })),
    rules,
    contactPoints: contactPoints().map((point) => ({ ...point, settings: placeholderSecrets(point.settings) })),
    muteTimings: muteTimings(),
    templates: notificationTemplates(),
    policies: notificationPolicy(),
  });
  const json = JSON.stringify(bundle, null, 2).replaceAll(`"${datasourceUid}"`, `"${DATASOURCE_PLACEHOLDER}"`);
  return { path: INSTALL_BUNDLE_PATH, content: `${json}\n` };
}
