import type { TimedEvent } from './scenario/resolve';

export interface GrafanaTarget {
  url: string;
  token: string;
}

/** The project's tag scheme for changes: what kind, which service, where, which version. */
export function annotationTags(event: TimedEvent, deployment: string): string[] {
  const tags = [event.kind === 'deploy' ? 'deploy' : 'config', `deployment:${deployment}`];
  if ('service' in event) {
    tags.push(`service:${event.service}`);
  }
  if (event.kind === 'deploy') {
    tags.push(`version:${event.version}`);
  }
  return tags;
}

function describe(event: TimedEvent, deployment: string): string {
  switch (event.kind) {
    case 'deploy':
      return `Deploy ${event.service} ${event.version} on ${deployment}`;
    case 'config':
      return `Config ${event.service} ${event.key}: ${event.from} → ${event.to} on ${deployment}`;
    case 'feature_flag':
      return `Feature flag ${event.flag} ${event.enabled ? 'on' : 'off'} on ${deployment}`;
  }
}

/** Posts one annotation per deployment the event touched; throws with Grafana's answer when it refuses. */
export async function postAnnotation(target: GrafanaTarget, event: TimedEvent): Promise<void> {
  for (const deployment of event.deployments) {
    const response = await fetch(`${target.url.replace(/\/$/, '')}/api/annotations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${target.token}` },
      body: JSON.stringify({
        time: event.time * 1000,
        tags: annotationTags(event, deployment),
        text: describe(event, deployment),
      }),
    });
    if (!response.ok) {
      throw new Error(`Grafana refused the annotation (${response.status}): ${(await response.text()).slice(0, 200)}`);
    }
  }
}
