import { comparable } from './storedForm';

/** One object the install creates or updates through Grafana's alerting provisioning API. */
export interface Desired<T> {
  kind: 'folder' | 'rule group' | 'contact point' | 'mute timing' | 'template' | 'notification policy';
  /** What identifies it in Grafana: a uid or a name. */
  key: string;
  body: T;
}

/**
 * What the install does with an object. `provisioned`: Grafana keeps it under another provenance (provisioning
 * files, or another tool) and refuses changes from the API, so it is left alone and never sent. `conflict`: sending
 * it would take over or delete what ShopPulse does not own, so it is left alone too.
 */
export type Action = 'create' | 'update' | 'unchanged' | 'provisioned' | 'conflict';

export type Conflict =
  | { reason: 'rule elsewhere'; rule: string; folderUid: string; group: string }
  | { reason: 'foreign rules'; rules: string[] };

export interface PlannedChange<T> extends Desired<T> {
  action: Action;
  /** For `provisioned`: the provenance Grafana reports ("file", "api"…). */
  provenance?: string;
  conflict?: Conflict;
}

/** What Grafana holds of one object: its stored form, with the provenance Grafana reports. */
export type Stored = Record<string, unknown> & { provenance?: string };

/** Where a rule is, by uid, as Grafana lists every rule. */
export interface RuleLocation {
  title: string;
  folderUID: string;
  ruleGroup: string;
  provenance?: string;
}

export interface Existing {
  /** By `existingKey(kind, key)`. */
  objects: Map<string, Stored>;
  rules: Map<string, RuleLocation>;
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

// A rule group may go from these back to "none" (grafana/grafana `validation.CanUpdateProvenanceInRuleGroup`); every
// other object, and every other provenance, may not (`validation.ValidateProvenanceRelaxed`).
const RULE_GROUP_RESETTABLE = ['api', 'converted_prometheus'];

function refusedProvenance(kind: Desired<unknown>['kind'], provenance?: string): string | undefined {
  if (!provenance || (kind === 'rule group' && RULE_GROUP_RESETTABLE.includes(provenance))) {
    return undefined;
  }
  return provenance;
}

interface RuleGroupBody {
  folderUid: string;
  rules: Array<{ uid: string }>;
}

function ruleGroupChange<T>(item: Desired<T>, rules: Map<string, RuleLocation>) {
  const body = item.body as unknown as RuleGroupBody;
  const ours = new Set(body.rules.map((rule) => rule.uid));
  const locations = body.rules.flatMap((rule) => {
    const location = rules.get(rule.uid);
    return location ? [location] : [];
  });
  const provenance = locations.map((location) => refusedProvenance(item.kind, location.provenance)).find(Boolean);
  if (provenance) {
    return { action: 'provisioned' as const, provenance };
  }
  const elsewhere = locations.find((at) => at.folderUID !== body.folderUid || at.ruleGroup !== item.key);
  if (elsewhere) {
    const { title, folderUID, ruleGroup } = elsewhere;
    return {
      action: 'conflict' as const,
      conflict: { reason: 'rule elsewhere' as const, rule: title, folderUid: folderUID, group: ruleGroup },
    };
  }
  const foreign = [...rules.entries()]
    .filter(([uid, at]) => !ours.has(uid) && at.folderUID === body.folderUid && at.ruleGroup === item.key)
    .map(([, at]) => at.title);
  if (foreign.length > 0) {
    return { action: 'conflict' as const, conflict: { reason: 'foreign rules' as const, rules: foreign } };
  }
  return undefined;
}

/**
 * What installing would do: create what is missing, update what differs, leave the rest alone, comparing the forms
 * Grafana stores. A contact point that exists is never updated: its secrets were filled in by an admin and Grafana
 * only shows them redacted; nor is an existing folder, which an admin may have renamed.
 */
export function planChanges<T>(desired: Array<Desired<T>>, existing: Existing): Array<PlannedChange<T>> {
  return desired.map((item) => {
    const current = existing.objects.get(existingKey(item.kind, item.key));
    const special = item.kind === 'rule group' ? ruleGroupChange(item, existing.rules) : undefined;
    if (special) {
      return { ...item, ...special };
    }
    if (current === undefined) {
      return { ...item, action: 'create' };
    }
    const provenance = refusedProvenance(item.kind, current.provenance);
    if (provenance) {
      return { ...item, action: 'provisioned', provenance };
    }
    const same =
      item.kind === 'contact point' ||
      item.kind === 'folder' ||
      covers(comparable(item.kind, current), comparable(item.kind, item.body));
    return { ...item, action: same ? 'unchanged' : 'update' };
  });
}

export const existingKey = (kind: Desired<unknown>['kind'], key: string) => `${kind}:${key}`;

/** Whether a change is sent to Grafana. */
export const isSent = (change: PlannedChange<unknown>) => change.action === 'create' || change.action === 'update';
