import { type GrafanaTarget, postAnnotation } from '../src/annotations/grafana';
import { changeTags } from '../src/annotations/tags';
import type { TimedEvent } from './scenario/resolve';

export function annotationTags(event: TimedEvent, deployment: string): string[] {
  return changeTags({ ...event, deployment });
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
export async function postChange(target: GrafanaTarget, event: TimedEvent): Promise<void> {
  for (const deployment of event.deployments) {
    await postAnnotation(target, {
      time: event.time * 1000,
      tags: annotationTags(event, deployment),
      text: describe(event, deployment),
    });
  }
}
