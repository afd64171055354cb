/** A scenario as written in YAML; times are durations relative to the end of history (`-2h`). */
export interface ScenarioFile {
  description?: string;
  events?: ScenarioEvent[];
  incidents?: Incident[];
  certificates?: Record<string, string>;
}

/** A change to the shop: visible in its metrics as versions, reload times and flags, and posted as annotations. */
export type ChangeEvent =
  | { kind: 'deploy'; at: string; service: string; deployment: string | string[]; version: string }
  | { kind: 'config'; at: string; service: string; deployment: string; key: string; from: string; to: string }
  | { kind: 'feature_flag'; at: string; deployment: string; flag: string; enabled: boolean };

/** The deployment's processes (the whole shop's when none is named) restart: counters start again from zero. */
export interface RestartEvent {
  kind: 'restart';
  at: string;
  deployment?: string | string[];
}

export type ScenarioEvent = ChangeEvent | RestartEvent;

interface Window {
  from: string;
  /** Defaults to the end of history: the incident is still going on. */
  to?: string;
}

export type Incident = Window &
  (
    | { kind: 'route_degraded'; deployment: string; route: string; latencyFactor: number; errorRatio: number }
    | { kind: 'dependency_outage'; dependency: string; timeoutRatio: number; latencySeconds: number }
    | { kind: 'consumer_down'; deployment: string; queue: string }
    | { kind: 'cache_degraded'; deployment: string; hitRatio: number; latencyFactor: number }
    | { kind: 'job_skipped'; job: string; deployment?: string }
    | { kind: 'job_failing'; job: string; deployment?: string }
    /** Prometheus cannot scrape the deployment (the whole shop when none is named): no samples in the window. */
    | { kind: 'scrape_gap'; deployment?: string }
  );
