import { DEPLOYMENT_LABEL, TENANT_LABEL } from '../catalog';
import { assertLabelName, assertMetricName, escapeRegex, escapeString } from './escape';

export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  label: string;
  op: MatchOp;
  /** For = and != a literal value; for =~ and !~ a regex the caller wrote (see anyOf for literal values). */
  value: string;
}

/** How the contract's label names are spelled in the user's Prometheus. */
export interface LabelNames {
  tenantLabel: string;
  deploymentLabel: string;
}

export const CONTRACT_LABELS: LabelNames = { tenantLabel: TENANT_LABEL, deploymentLabel: DEPLOYMENT_LABEL };

/**
 * The bundled dashboards' label names: two of their variables, which Grafana interpolates, so a Prometheus with
 * renamed labels needs them set once. Only this object passes variables for names; settings are validated names.
 */
export const DASHBOARD_LABELS: LabelNames = { tenantLabel: '${tenant_label}', deploymentLabel: '${deployment_label}' };

export const eq = (label: string, value: string): Matcher => ({ label, op: '=', value });
export const neq = (label: string, value: string): Matcher => ({ label, op: '!=', value });
export const re = (label: string, pattern: string): Matcher => ({ label, op: '=~', value: pattern });

/** Matches any of the literal values, each escaped so that none can widen the match. */
export function anyOf(label: string, values: string[]): Matcher {
  return re(label, values.map(escapeRegex).join('|'));
}

/** The label name as configured: `tenant` and `deployment` may be renamed in the app's settings. */
export function labelName(label: string, names: LabelNames = CONTRACT_LABELS): string {
  if (label === TENANT_LABEL) {
    return names === DASHBOARD_LABELS ? names.tenantLabel : assertLabelName(names.tenantLabel);
  }
  if (label === DEPLOYMENT_LABEL) {
    return names === DASHBOARD_LABELS ? names.deploymentLabel : assertLabelName(names.deploymentLabel);
  }
  return assertLabelName(label);
}

const matcherText = (matchers: Matcher[], names: LabelNames) =>
  matchers.map((m) => `${labelName(m.label, names)}${m.op}"${escapeString(m.value)}"`);

/** Builds `metric{label="value",...}` with every name validated and every value escaped. */
export function selector(metric: string, matchers: Matcher[] = [], names: LabelNames = CONTRACT_LABELS): string {
  const inner = matcherText(matchers, names).join(',');
  return inner ? `${assertMetricName(metric)}{${inner}}` : assertMetricName(metric);
}

/**
 * Several series by name in one selector, `{__name__=~"a|b",label="value"}`: unlike `a or b`, which keeps only the
 * first of two series with the same labels, it returns every one.
 */
export function seriesNamed(metrics: string[], matchers: Matcher[] = [], names: LabelNames = CONTRACT_LABELS): string {
  const anyName = metrics.map((metric) => escapeRegex(assertMetricName(metric))).join('|');
  return `{${[`__name__=~"${escapeString(anyName)}"`, ...matcherText(matchers, names)].join(',')}}`;
}

/** `{{label}}` placeholders for a legend or annotation text, with the label names as configured. */
export function legendOf(labels: string[], names: LabelNames = CONTRACT_LABELS): string {
  return labels.map((label) => `{{${labelName(label, names)}}}`).join(' ');
}

/** A series' labels under the contract's names, whatever the user's Prometheus calls the partner and deployment. */
export function contractLabels(
  labels: Record<string, string>,
  names: LabelNames = CONTRACT_LABELS
): Record<string, string> {
  const contractName: Record<string, string> = {
    [names.tenantLabel]: TENANT_LABEL,
    [names.deploymentLabel]: DEPLOYMENT_LABEL,
  };
  return Object.fromEntries(Object.entries(labels).map(([label, value]) => [contractName[label] ?? label, value]));
}
