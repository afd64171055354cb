import { lastValueFrom } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';

/** Grafana's rule states in the Prometheus-compatible shape; Grafana-managed rules are titled with the alert's id. */
export const GRAFANA_RULES_API = '/api/prometheus/grafana/api/v1/rules';

export type AlertStateNow = 'firing' | 'pending' | 'quiet';

/** One rule of the answer (grafana/grafana pkg/services/ngalert/api/tooling/definitions/prom.go, AlertingRule). */
interface ApiRule {
  name: string;
  type?: string;
  /** "firing", "pending", "inactive" (and "recovering" in newer Grafanas). */
  state?: string;
  /** Each instance: state "Alerting", "Pending", "Normal", "NoData" or "Error", possibly with a reason in brackets. */
  alerts?: Array<{ labels?: Record<string, string>; state?: string }>;
}

interface ApiAnswer {
  status?: string;
  data?: { groups?: Array<{ name: string; rules?: ApiRule[] }> };
}

export interface GrafanaRuleState {
  state: AlertStateNow;
  /** Instances firing, then pending. */
  firing: number;
  pending: number;
}

export type GrafanaRuleStates =
  { status: 'ok'; rules: Map<string, GrafanaRuleState> } | { status: 'failed'; message: string };

/** The states of the rules named `ids` in Grafana's answer; rules named otherwise are not ShopPulse's. */
export function ruleStatesOf(answer: ApiAnswer, ids: string[]): Map<string, GrafanaRuleState> {
  const wanted = new Set(ids);
  const rules = new Map<string, GrafanaRuleState>();
  for (const rule of (answer.data?.groups ?? []).flatMap((group) => group.rules ?? [])) {
    if (!wanted.has(rule.name) || (rule.type !== undefined && rule.type !== 'alerting')) {
      continue;
    }
    const states = (rule.alerts ?? []).map((alert) => (alert.state ?? '').toLowerCase());
    const firing = states.filter((state) => state.startsWith('alerting') || state === 'firing').length;
    const pending = states.filter((state) => state.startsWith('pending')).length;
    const ruleState = (rule.state ?? '').toLowerCase();
    const state: AlertStateNow =
      firing > 0 || ruleState === 'firing' ? 'firing' : pending > 0 || ruleState === 'pending' ? 'pending' : 'quiet';
    rules.set(rule.name, { state, firing, pending });
  }
  return rules;
}

/** Asks Grafana for its rules' states; a Grafana without the API, or refusing, is a message, never a thrown error. */
export async function fetchGrafanaRuleStates(ids: string[]): Promise<GrafanaRuleStates> {
  try {
    const response = await lastValueFrom(
      getBackendSrv().fetch<ApiAnswer>({ method: 'GET', url: GRAFANA_RULES_API, showErrorAlert: false })
    );
    if (response.data?.status !== 'success' || !Array.isArray(response.data.data?.groups)) {
      return { status: 'failed', message: 'unexpected answer' };
    }
    return { status: 'ok', rules: ruleStatesOf(response.data, ids) };
  } catch (error) {
    const failure = error as { status?: number; statusText?: string; message?: string; data?: { message?: string } };
    const what = failure.data?.message ?? failure.message ?? failure.statusText ?? 'no answer';
    return { status: 'failed', message: failure.status ? `HTTP ${failure.status}: ${what}` : what };
  }
}
