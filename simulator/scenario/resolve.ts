import { parseDuration } from '../time';
import type { ChangeEvent, Incident, RestartEvent, ScenarioFile } from './types';

type WithWindow<T> = T & { start: number; end: number };
export type ActiveIncident = WithWindow<Incident>;
export type TimedEvent = ChangeEvent & { time: number; deployments: string[] };
/** A restart placed on the time line; no deployments means the whole shop. */
export interface TimedRestart {
  time: number;
  deployments: string[];
}

export const INITIAL_VERSIONS: Record<string, string> = {
  gateway: '1.25.3',
  backend: '2.14.2',
  frontend: '4.1.0',
  search: '8.11.1',
  files: '1.7.0',
  management: '3.2.5',
  worker: '2.14.2',
};
export const FEATURE_FLAGS = ['new_checkout', 'blik_one_click', 'recommendations'];
const DEFAULT_CERTIFICATE_DAYS = 75;

function at(end: number, duration: string): number {
  return end + (parseDuration(duration) ?? 0);
}

/** A scenario placed on the time line: every relative time turned into unix seconds. */
export class ResolvedScenario {
  readonly incidents: ActiveIncident[];
  readonly events: TimedEvent[];
  readonly restarts: TimedRestart[];

  constructor(
    private readonly file: ScenarioFile,
    readonly end: number
  ) {
    this.incidents = (file.incidents ?? []).map((incident) => ({
      ...incident,
      start: at(end, incident.from),
      end: incident.to ? at(end, incident.to) : Infinity,
    }));
    const isRestart = (event: ChangeEvent | RestartEvent): event is RestartEvent => event.kind === 'restart';
    this.restarts = (file.events ?? []).filter(isRestart).map((event) => ({
      time: at(end, event.at),
      deployments: event.deployment === undefined ? [] : [event.deployment].flat(),
    }));
    this.events = (file.events ?? [])
      .filter((event): event is ChangeEvent => !isRestart(event))
      .map((event) => ({
        ...event,
        time: at(end, event.at),
        deployments: 'deployment' in event ? [event.deployment].flat() : [],
      }))
      .sort((a, b) => a.time - b.time);
  }

  active<K extends Incident['kind']>(kind: K, t: number): Array<Extract<ActiveIncident, { kind: K }>> {
    return this.incidents.filter(
      (incident): incident is Extract<ActiveIncident, { kind: K }> =>
        incident.kind === kind && t >= incident.start && t < incident.end
    );
  }

  /** Every version a service runs on a deployment during the scenario, oldest first. */
  versions(service: string, deployment: string): Array<{ version: string; from: number }> {
    const versions = [{ version: INITIAL_VERSIONS[service], from: -Infinity }];
    for (const event of this.events) {
      if (event.kind === 'deploy' && event.service === service && event.deployments.includes(deployment)) {
        versions.push({ version: event.version, from: event.time });
      }
    }
    return versions;
  }

  lastConfigReload(service: string, deployment: string, t: number, fallback: number): number {
    const reloads = this.events.filter(
      (event) =>
        event.time <= t &&
        event.deployments.includes(deployment) &&
        (event.kind === 'config' || event.kind === 'deploy') &&
        event.service === service
    );
    return reloads.length ? reloads[reloads.length - 1].time : fallback;
  }

  flagEnabled(deployment: string, flag: string, t: number): boolean {
    let enabled = flag !== 'recommendations';
    for (const event of this.events) {
      if (
        event.kind === 'feature_flag' &&
        event.flag === flag &&
        event.deployments.includes(deployment) &&
        event.time <= t
      ) {
        enabled = event.enabled;
      }
    }
    return enabled;
  }

  certificateExpiry(tenant: string): number {
    const base = tenant.replace(/-\d+$/, '');
    const configured = this.file.certificates?.[base];
    return configured ? at(this.end, configured) : this.end + DEFAULT_CERTIFICATE_DAYS * 86400;
  }
}
