/** One object the install creates or updates through Grafana's alerting provisioning API. */
export interface Desired<T> {
  kind: 'folder' | 'rule group' | 'contact point' | 'mute timing' | 'template' | 'notification policy';
  /** What identifies it in Grafana: a uid or a name. */
  key: string;
  body: T;
}

export type Action = 'create' | 'update' | 'unchanged';

export interface PlannedChange<T> extends Desired<T> {
  action: Action;
}

/** Whether every field we set has the value we want; fields Grafana adds (ids, provenance, timestamps) are ignored. */
export function covers(existing: unknown, desired: unknown): boolean {
  if (desired === null || typeof desired !== 'object') {
    return existing === desired;
  }
  if (Array.isArray(desired)) {
    return (
      Array.isArray(existing) &&
      existing.length === desired.length &&
      desired.every((item, i) => covers(existing[i], item))
    );
  }
  if (existing === null || typeof existing !== 'object') {
    return false;
  }
  return Object.entries(desired).every(([field, value]) => covers((existing as Record<string, unknown>)[field], value));
}

/**
 * What installing would do: create what is missing, update what differs, leave the rest alone. A contact point that
 * exists is never updated: its secrets were filled in by an admin and Grafana only shows them redacted; nor is an
 * existing folder, which an admin may have renamed.
 */
export function planChanges<T>(desired: Array<Desired<T>>, existing: Map<string, unknown>): Array<PlannedChange<T>> {
  return desired.map((item) => {
    const current = existing.get(existingKey(item.kind, item.key));
    const same = item.kind === 'contact point' || item.kind === 'folder' || covers(current, item.body);
    const action: Action = current === undefined ? 'create' : same ? 'unchanged' : 'update';
    return { ...item, action };
  });
}

export const existingKey = (kind: Desired<unknown>['kind'], key: string) => `${kind}:${key}`;
