import { RUNBOOK_BASE_URL, type AlertDef } from '../../src/catalog/alerts';
import { pageUrl } from '../../src/urls';

/** The labels every alert carries: how loud it is and who receives it. */
export function alertLabels(alert: AlertDef): Record<string, string> {
  return { level: alert.level, recipient: alert.recipient };
}

/** Annotations as Prometheus templates; `labels` renders them as promtool expects to see them. */
export function alertAnnotations(alert: AlertDef, labels?: Record<string, string>): Record<string, string> {
  const render = (text: string) =>
    labels ? text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, name: string) => labels[name] ?? '') : text;
  return {
    summary: render(alert.summary.en),
    summary_pl: render(alert.summary.pl),
    runbook_url: `${RUNBOOK_BASE_URL}#${alert.id.toLowerCase()}`,
    dashboard_url: `${pageUrl(alert.page)}`,
  };
}
