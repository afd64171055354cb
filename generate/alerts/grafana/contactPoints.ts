import * as alerting from '@grafana/grafana-foundation-sdk/alerting';
import type { Recipient } from '../../../src/catalog/alerts';
import type { GeneratedFile } from '../../types';
import { recipientsOf, slug } from '../alertmanager';
import { ORG_ID, provisioningFile, stableUid } from './shared';
import { templateCall, TEXT, TITLE } from './templates';

/** Where a heartbeat service listens for DeadMansSwitch; point it at yours. */
export const HEARTBEAT_URL = 'https://heartbeat.shop.example/grafana';

export interface SecretEnv {
  name: string;
  /** The contact point that reads it. */
  contactPoint: string;
  /** Grafana refuses to start when it is empty: the contact point is invalid without it. */
  required: boolean;
}

export const pagerDutyEnv = (recipient: Recipient) =>
  `PAGERDUTY_INTEGRATION_KEY_${slug(recipient).replace(/-/g, '_').toUpperCase()}`;

/**
 * The environment variables the contact points read (Grafana expands `${NAME}` in provisioning files when it starts).
 * Give each a placeholder default in the grafana service of docker-compose.yaml, or Grafana does not start.
 */
export function secretEnv(): SecretEnv[] {
  return [
    { name: 'SLACK_WEBHOOK_URL', contactPoint: 'slack', required: true },
    { name: 'HEARTBEAT_TOKEN', contactPoint: 'heartbeat', required: false },
    ...recipientsOf('phone').map((recipient) => ({
      name: pagerDutyEnv(recipient),
      contactPoint: `phone-${slug(recipient)}`,
      required: true,
    })),
  ];
}

const env = (name: string) => `\${${name}}`;

function contactPoint(name: string, type: alerting.ContactPoint['type'], settings: Record<string, unknown>) {
  return new alerting.ContactPointBuilder().uid(stableUid(name)).name(name).type(type).settings(settings);
}

/** The receivers of alertmanager/alertmanager.yml, named the same (receiverOf), as Grafana contact points. */
export function contactPoints(): alerting.ContactPoint[] {
  return [
    contactPoint('slack', 'slack', {
      url: env('SLACK_WEBHOOK_URL'),
      recipient: '#shop-alerts',
      title: templateCall(TITLE),
      text: templateCall(TEXT),
    }).disableResolveMessage(false),
    contactPoint('heartbeat', 'webhook', {
      url: HEARTBEAT_URL,
      httpMethod: 'POST',
      // Sent as "Authorization: Bearer <token>"; left empty, the heartbeat goes without it.
      authorization_credentials: env('HEARTBEAT_TOKEN'),
    }).disableResolveMessage(true),
    ...recipientsOf('phone').map((recipient) =>
      contactPoint(`phone-${slug(recipient)}`, 'pagerduty', {
        integrationKey: env(pagerDutyEnv(recipient)),
        severity: 'critical',
        summary: templateCall(TITLE),
      }).disableResolveMessage(false)
    ),
    // Like Alertmanager's e-mail receivers, mail says when something breaks, not when it is fixed.
    ...recipientsOf('mail').map((recipient) =>
      contactPoint(`mail-${slug(recipient)}`, 'email', {
        addresses: `${slug(recipient)}@shop.example`,
        singleEmail: true,
        subject: templateCall(TITLE),
        message: templateCall(TEXT),
      }).disableResolveMessage(true)
    ),
  ].map((builder) => builder.build());
}

/** The file format nests integrations under a named contact point; the SDK's contact point is one integration. */
export function contactPointsFile(): GeneratedFile {
  const byName = new Map<string, alerting.ContactPoint[]>();
  for (const point of contactPoints()) {
    const name = point.name ?? '';
    byName.set(name, [...(byName.get(name) ?? []), point]);
  }
  const variables = secretEnv().map(
    (variable) => `  \${${variable.name}}: ${variable.contactPoint}${variable.required ? '' : ' (may be empty)'}`
  );
  return provisioningFile(
    'shoppulse-contact-points.yaml',
    [
      "Secrets come from Grafana's environment, expanded when it starts: nothing secret is in this file.",
      ...variables,
      'The e-mail addresses are placeholders: replace them with your people.',
    ].join('\n'),
    {
      contactPoints: [...byName].map(([name, points]) => ({
        orgId: ORG_ID,
        name,
        receivers: points.map((point) => ({
          uid: point.uid,
          type: point.type,
          settings: point.settings,
          disableResolveMessage: point.disableResolveMessage,
        })),
      })),
    }
  );
}
