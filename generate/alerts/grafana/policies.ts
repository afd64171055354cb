import * as alerting from '@grafana/grafana-foundation-sdk/alerting';
import { ALERTS } from '../../../src/catalog/alerts';
import type { GeneratedFile } from '../../types';
import {
  GROUP_BY,
  HEARTBEAT_REPEAT_INTERVAL,
  OUTSIDE_WORKING_HOURS,
  receiverOf,
  ROOT_TIMING,
  waitsForWorkingHours,
} from '../alertmanager';
import { ORG_ID, provisioningFile } from './shared';

/**
 * The routing of alertmanager/alertmanager.yml: one policy per alert of the catalog, to the contact point its level
 * and recipient name (receiverOf), muted outside working hours unless it pages by phone. The heartbeat goes first,
 * never muted; what no policy matches (Grafana's own DatasourceError, for one) reaches Slack at any hour.
 */
export function notificationPolicy(): alerting.NotificationPolicy {
  const route = (alertname: string) =>
    new alerting.NotificationPolicyBuilder().objectMatchers([['alertname', '=', alertname]]);
  const heartbeat = ALERTS.filter((alert) => receiverOf(alert) === 'heartbeat');
  const others = ALERTS.filter((alert) => receiverOf(alert) !== 'heartbeat');
  return new alerting.NotificationPolicyBuilder()
    .receiver('slack')
    .groupBy(GROUP_BY)
    .groupWait(ROOT_TIMING.group_wait)
    .groupInterval(ROOT_TIMING.group_interval)
    .repeatInterval(ROOT_TIMING.repeat_interval)
    .routes([
      ...heartbeat.map((alert) => route(alert.id).receiver('heartbeat').repeatInterval(HEARTBEAT_REPEAT_INTERVAL)),
      ...others.map((alert) => {
        const policy = route(alert.id).receiver(receiverOf(alert));
        return waitsForWorkingHours(alert) ? policy.muteTimeIntervals([OUTSIDE_WORKING_HOURS]) : policy;
      }),
    ])
    .build();
}

export function policiesFile(): GeneratedFile {
  return provisioningFile(
    'shoppulse-policies.yaml',
    "Replaces Grafana's whole notification policy tree of the organization.\n" +
      "Alertmanager's inhibition (a page silences mail and Slack about the same partner) has no equivalent in\n" +
      "Grafana's file provisioning: Grafana sends those notifications too.",
    { policies: [{ orgId: ORG_ID, ...notificationPolicy() }] }
  );
}
