import {
  ALERTS,
  ALERT_EVALUATION_SECONDS,
  type AlertDef,
  FLAP_STARTS_PER_HOUR,
  NOISIEST_COUNT,
} from '../../catalog/alerts';
import type { AlertStateNow, GrafanaRuleState } from '../../alerting/ruleStates';
import { ACTIVITY_REFS } from '../../queries/alertActivity';

/** How one alert template behaved: now, and over the last 30 days. */
export interface AlertActivityRow {
  alert: AlertDef;
  /** From the data source's ALERTS series. */
  now: AlertStateNow;
  /** Where it fires or waits now: its `where` labels (under the contract's names), one text per instance. */
  instances: string[];
  /** From Grafana's alerting API, when installed there; undefined when Grafana does not run it. */
  grafana?: GrafanaRuleState;
  /** Times an instance started firing. */
  firings: number;
  firingSeconds: number;
  everFired: boolean;
  /** The most starts of one instance within one clock hour. */
  mostStartsInAnHour: number;
  flapped: boolean;
}

/** A series' labels (under the contract's names) and value. */
export interface Sample {
  labels: Record<string, string>;
  value: number;
}

/** The answers of the activity queries, by refId (`ACTIVITY_REFS`). */
export type ActivityAnswers = Partial<Record<string, Sample[]>>;

const byAlert = (answers: ActivityAnswers, refId: string) =>
  new Map((answers[refId] ?? []).map(({ labels, value }) => [labels.alertname, value]));

/** The rows of every alert template from the activity queries' answers and Grafana's rule states. */
export function activityRows(
  answers: ActivityAnswers,
  grafana?: Map<string, GrafanaRuleState>,
  alerts: AlertDef[] = ALERTS
): AlertActivityRow[] {
  const now = answers[ACTIVITY_REFS.now] ?? [];
  const samples = byAlert(answers, ACTIVITY_REFS.firingSamples);
  const starts = byAlert(answers, ACTIVITY_REFS.firings);
  const flaps = byAlert(answers, ACTIVITY_REFS.flaps);
  return alerts.map((alert) => {
    const mine = now.filter(({ labels }) => labels.alertname === alert.id);
    const firing = mine.filter(({ labels }) => labels.alertstate === 'firing');
    // Between two evaluations an instance may show both states: the firing one wins.
    const shown = firing.length > 0 ? firing : mine;
    const instances = [
      ...new Set(
        shown.map(({ labels }) =>
          alert.where
            .map((label) => labels[label])
            .filter(Boolean)
            .join(' · ')
        )
      ),
    ];
    const firingSeconds = (samples.get(alert.id) ?? 0) * ALERT_EVALUATION_SECONDS;
    const everFired = firingSeconds > 0;
    // An alert firing since before the range started has no start in it, but fired once.
    const firings = Math.max(starts.get(alert.id) ?? 0, everFired ? 1 : 0);
    const mostStartsInAnHour = flaps.get(alert.id) ?? 0;
    return {
      alert,
      now: firing.length > 0 ? 'firing' : mine.length > 0 ? 'pending' : 'quiet',
      instances: instances.filter(Boolean),
      grafana: grafana?.get(alert.id),
      firings,
      firingSeconds,
      everFired,
      mostStartsInAnHour,
      flapped: mostStartsInAnHour >= FLAP_STARTS_PER_HOUR,
    };
  });
}

/** The heartbeat fires by design: it is no noise, and never "never fired". */
const isHeartbeat = (row: AlertActivityRow) => row.alert.condition.kind === 'always';

export interface Noise {
  /** Alerts that fired, most firings first (then longest), at most NOISIEST_COUNT. */
  noisiest: AlertActivityRow[];
  flapping: AlertActivityRow[];
  neverFired: AlertActivityRow[];
}

export function noiseOf(rows: AlertActivityRow[]): Noise {
  const candidates = rows.filter((row) => !isHeartbeat(row));
  return {
    noisiest: candidates
      .filter((row) => row.everFired)
      .sort((a, b) => b.firings - a.firings || b.firingSeconds - a.firingSeconds)
      .slice(0, NOISIEST_COUNT),
    flapping: candidates.filter((row) => row.flapped).sort((a, b) => b.mostStartsInAnHour - a.mostStartsInAnHour),
    neverFired: candidates.filter((row) => !row.everFired),
  };
}

/** A duration as days and hours from two days on, else hours and minutes: "4 d 22 h", "3 h 05 min", "45 min". */
export function formatFiringTime(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) {
    return `${Math.floor(hours / 24)} d ${String(hours % 24).padStart(2, '0')} h`;
  }
  return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
}
