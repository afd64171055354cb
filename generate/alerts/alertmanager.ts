import { stringify } from 'yaml';
import { ALERTS, type AlertDef, type Recipient } from '../../src/catalog/alerts';
import type { Generator } from '../types';

const HEADER = `# Generated from src/catalog/alerts/ by \`npm run generate\`. Do not edit.
# Secrets are read from files (mount them from your secret store): nothing secret is in this file.
`;
const SECRETS = '/etc/alertmanager/secrets';
export const OUTSIDE_WORKING_HOURS = 'outside-working-hours';
/** Nights (18:00 to 08:00) and weekends in the shop's time zone, in Alertmanager's format, which Grafana reads too. */
export const OUTSIDE_WORKING_HOURS_INTERVALS = [
  { weekdays: ['saturday', 'sunday'], location: 'Europe/Warsaw' },
  {
    times: [
      { start_time: '00:00', end_time: '08:00' },
      { start_time: '18:00', end_time: '24:00' },
    ],
    location: 'Europe/Warsaw',
  },
];
/** One notification per alert and partner deployment. */
export const GROUP_BY = ['alertname', 'tenant', 'deployment'];
export const ROOT_TIMING = { group_wait: '30s', group_interval: '5m', repeat_interval: '4h' };
/** The heartbeat service expects DeadMansSwitch again and again. */
export const HEARTBEAT_REPEAT_INTERVAL = '1m';

export const slug = (recipient: Recipient) => recipient.replace(/\s+/g, '-');

/** The recipients of a level that have their own receiver (Slack is one shared channel). */
export function recipientsOf(level: 'phone' | 'mail'): Recipient[] {
  return [...new Set(ALERTS.filter((a) => a.level === level).map((a) => a.recipient))];
}

/** Phone pages day and night; mail and Slack wait for working hours. */
export const waitsForWorkingHours = (alert: Pick<AlertDef, 'level'>) => alert.level !== 'phone';

/** The receiver an alert reaches: phone and mail go to the named recipient, Slack to the shared channel. */
export function receiverOf(alert: Pick<AlertDef, 'id' | 'level' | 'recipient'>): string {
  if (alert.id === 'DeadMansSwitch') {
    return 'heartbeat';
  }
  return alert.level === 'slack' ? 'slack' : `${alert.level}-${slug(alert.recipient)}`;
}

function receivers() {
  return [
    {
      name: 'slack',
      slack_configs: [
        {
          api_url_file: `${SECRETS}/slack-webhook-url`,
          channel: '#shop-alerts',
          send_resolved: true,
          title: '{{ template "shoppulse.title" . }}',
          text: '{{ template "shoppulse.text" . }}',
        },
      ],
    },
    {
      name: 'heartbeat',
      // Point the URL at your heartbeat service (a dead man's snitch); its token stays in a file.
      webhook_configs: [
        {
          url: 'https://heartbeat.shop.example/alertmanager',
          send_resolved: false,
          http_config: { authorization: { credentials_file: `${SECRETS}/heartbeat-token` } },
        },
      ],
    },
    ...recipientsOf('phone').map((recipient) => ({
      name: `phone-${slug(recipient)}`,
      pagerduty_configs: [
        {
          routing_key_file: `${SECRETS}/pagerduty-${slug(recipient)}`,
          description: '{{ template "shoppulse.title" . }}',
        },
      ],
    })),
    ...recipientsOf('mail').map((recipient) => ({
      name: `mail-${slug(recipient)}`,
      email_configs: [
        {
          to: `${slug(recipient)}@shop.example`,
          headers: { Subject: '{{ template "shoppulse.title" . }}' },
          html: '{{ template "shoppulse.text" . }}',
        },
      ],
    })),
  ];
}

/** alertmanager/alertmanager.yml: the same routing as Grafana's provisioning, for Prometheus or Mimir users. */
export const alertmanagerConfig: Generator = {
  name: 'Alertmanager configuration',
  generate: () => {
    const levelRoutes = ALERTS.filter((alert) => alert.id !== 'DeadMansSwitch').map((alert) => ({
      matchers: [`alertname="${alert.id}"`],
      receiver: receiverOf(alert),
      ...(waitsForWorkingHours(alert) ? { mute_time_intervals: [OUTSIDE_WORKING_HOURS] } : {}),
    }));
    const config = {
      global: { smtp_smarthost: 'mailpit:1025', smtp_from: 'alerts@shop.example', smtp_require_tls: false },
      templates: ['/etc/alertmanager/templates/*.tmpl'],
      route: {
        receiver: 'slack',
        group_by: GROUP_BY,
        ...ROOT_TIMING,
        routes: [
          {
            matchers: ['alertname="DeadMansSwitch"'],
            receiver: 'heartbeat',
            repeat_interval: HEARTBEAT_REPEAT_INTERVAL,
          },
          ...levelRoutes,
        ],
      },
      // A page already on its way makes the mail and Slack alerts about the same partner and deployment noise.
      inhibit_rules: [
        {
          source_matchers: ['level="phone"'],
          target_matchers: ['level=~"mail|slack"'],
          equal: ['tenant', 'deployment'],
        },
      ],
      time_intervals: [{ name: OUTSIDE_WORKING_HOURS, time_intervals: OUTSIDE_WORKING_HOURS_INTERVALS }],
      receivers: receivers(),
    };
    return { path: 'alertmanager/alertmanager.yml', content: HEADER + stringify(config, { lineWidth: 0 }) };
  },
};

/** alertmanager/templates/shoppulse.tmpl: notifications that say what broke, for whom, and where to look. */
export const alertmanagerTemplates: Generator = {
  name: 'Alertmanager templates',
  generate: () => ({
    path: 'alertmanager/templates/shoppulse.tmpl',
    content: `{{/* Generated by \`npm run generate\`. Do not edit. */}}
{{ define "shoppulse.title" }}[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}{{ if .CommonLabels.tenant }} for {{ .CommonLabels.tenant }}{{ end }}{{ if .CommonLabels.deployment }} on {{ .CommonLabels.deployment }}{{ end }}{{ end }}
{{ define "shoppulse.text" }}{{ range .Alerts }}{{ .Annotations.summary }}
For: {{ .Labels.recipient }} ({{ .Labels.level }})
First step: {{ .Annotations.runbook_url }}
Evidence: {{ .Annotations.dashboard_url }}
{{ end }}{{ end }}
`,
  }),
};
