import * as alerting from '@grafana/grafana-foundation-sdk/alerting';
import type { GeneratedFile } from '../../types';
import { ORG_ID, provisioningFile } from './shared';

export const TEMPLATE_GROUP = 'shoppulse';
/** One line: what fires, for which partner and deployment. */
export const TITLE = 'shoppulse.title';
/** Per alert: what broke in plain words, for whom, who acts, and where to look. */
export const TEXT = 'shoppulse.text';

/** Renders a template of this file inside a contact point's setting. */
export const templateCall = (name: string) => `{{ template "${name}" . }}`;

// Grafana's notification data: .Status, .CommonLabels, .ExternalURL (ends with '/') and, per alert, .Labels,
// .Annotations and .SilenceURL. dashboard_url is a path inside Grafana (annotations.ts), so it gets the external URL.
const CONTENT = `{{ define "${TITLE}" -}}
[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}
{{- with .CommonLabels.tenant }} for partner {{ . }}{{ end }}
{{- with .CommonLabels.deployment }} on {{ . }}{{ end }}
{{- end }}

{{ define "${TEXT}" -}}
{{ range .Alerts -}}
{{ if eq .Status "firing" }}What broke{{ else }}Fixed again{{ end }}: {{ .Annotations.summary }}
Po polsku: {{ .Annotations.summary_pl }}
For whom: partner {{ or .Labels.tenant "(all partners)" }}, deployment {{ or .Labels.deployment "(all deployments)" }}
Who acts: {{ .Labels.recipient }} (level {{ .Labels.level }})
Look here: {{ reReplaceAll "/$" "" $.ExternalURL }}{{ .Annotations.dashboard_url }}
First step: {{ .Annotations.runbook_url }}
{{ if eq .Status "firing" }}Silence it: {{ .SilenceURL }}
{{ end }}
{{ end -}}
{{ end }}
`;

export function notificationTemplates(): alerting.NotificationTemplate[] {
  return [new alerting.NotificationTemplateBuilder().name(TEMPLATE_GROUP).template(CONTENT).build()];
}

export function templatesFile(): GeneratedFile {
  return provisioningFile(
    'shoppulse-templates.yaml',
    'Notification templates of the contact points: what broke, for whom, and where to look.',
    { templates: notificationTemplates().map(({ name, template }) => ({ orgId: ORG_ID, name, template })) }
  );
}
