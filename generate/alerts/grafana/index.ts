import type { Generator } from '../../types';
import { contactPointsFile } from './contactPoints';
import { installBundleFile } from './installBundle';
import { muteTimingsFile } from './muteTimings';
import { policiesFile } from './policies';
import { rulesFile } from './rules';
import { templatesFile } from './templates';

/**
 * provisioning/alerting/: the catalog's alerts as Grafana-managed rules, with the contact points, notification
 * policies, mute timing and templates of alertmanager/alertmanager.yml, for Grafana's own Alertmanager; and the same
 * objects as the Alerts page installs them through the API.
 */
export const grafanaAlertingProvisioning: Generator = {
  name: 'Grafana alerting provisioning',
  generate: () => [
    rulesFile(),
    contactPointsFile(),
    policiesFile(),
    muteTimingsFile(),
    templatesFile(),
    installBundleFile(),
  ],
};
