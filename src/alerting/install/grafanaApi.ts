import { lastValueFrom } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import {
  type Desired,
  type Existing,
  type PlannedChange,
  type RuleLocation,
  type Stored,
  existingKey,
  isSent,
} from './plan';

const PROVISIONING = '/api/v1/provisioning';
// Objects the plugin installs stay editable in Grafana's UI, unlike file provisioning.
const HEADERS = { 'X-Disable-Provenance': 'true' };

async function request<T>(method: string, url: string, data?: unknown): Promise<T> {
  const response = await lastValueFrom(
    getBackendSrv().fetch<T>({ method, url, data, headers: HEADERS, showErrorAlert: false })
  );
  return response.data;
}

export interface Folder {
  uid: string;
  title: string;
}

/**
 * The folder the rules go to: ours by uid, else one with our title. Provisioning the rules from files creates the
 * folder by title with a uid of Grafana's choosing, and a second folder of the same title would only confuse. Read
 * from the list rather than asked for by uid, so a Grafana without it answers no 404 into the browser's console.
 */
export async function findFolder(wanted: Folder): Promise<Folder | undefined> {
  // Top-level folders: where both the install and file provisioning put it.
  const folders = await request<Folder[]>('GET', '/api/folders');
  const found = folders.find((folder) => folder.uid === wanted.uid) ?? folders.find((f) => f.title === wanted.title);
  return found && { uid: found.uid, title: found.title };
}

type Listed = Stored & { uid?: string; name?: string };

/** What Grafana already has of the objects the install would touch, and where each alert rule is. */
export async function fetchExisting(desired: Array<Desired<unknown>>, folder?: Folder): Promise<Existing> {
  const objects = new Map<string, Stored>();
  const [contactPoints, muteTimings, templates, policies, rules] = await Promise.all([
    request<Listed[]>('GET', `${PROVISIONING}/contact-points`),
    request<Listed[]>('GET', `${PROVISIONING}/mute-timings`),
    request<Listed[] | null>('GET', `${PROVISIONING}/templates`),
    request<Stored>('GET', `${PROVISIONING}/policies`),
    request<Array<RuleLocation & { uid: string }>>('GET', `${PROVISIONING}/alert-rules`),
  ]);
  contactPoints.forEach((point) => objects.set(existingKey('contact point', String(point.uid)), point));
  muteTimings.forEach((timing) => objects.set(existingKey('mute timing', String(timing.name)), timing));
  (templates ?? []).forEach((template) => objects.set(existingKey('template', String(template.name)), template));
  objects.set(existingKey('notification policy', 'tree'), policies);
  if (folder) {
    objects.set(existingKey('folder', folder.uid), { ...folder });
    // A group exists while it holds a rule: ask only for those, for their interval and stored rules.
    const present = new Set(rules.filter((rule) => rule.folderUID === folder.uid).map((rule) => rule.ruleGroup));
    for (const item of desired.filter((each) => each.kind === 'rule group' && present.has(each.key))) {
      const group = await request<Stored>('GET', `${PROVISIONING}/folder/${folder.uid}/rule-groups/${item.key}`);
      objects.set(existingKey('rule group', item.key), group);
    }
  }
  const locations = rules.map(({ uid, title, folderUID, ruleGroup, provenance }) => [
    uid,
    { title, folderUID, ruleGroup, provenance },
  ]);
  return { objects, rules: new Map(locations as Array<[string, RuleLocation]>) };
}

/** Carries out one planned change with the provisioning API; what is not to be sent is not touched. */
export async function applyChange(change: PlannedChange<unknown>): Promise<void> {
  if (!isSent(change)) {
    return;
  }
  const create = change.action === 'create';
  switch (change.kind) {
    case 'folder':
      return create ? void (await request('POST', '/api/folders', change.body)) : undefined;
    case 'template':
      return void (await request('PUT', `${PROVISIONING}/templates/${change.key}`, change.body));
    case 'contact point':
      return void (await request('POST', `${PROVISIONING}/contact-points`, change.body));
    case 'mute timing':
      return void (await (create
        ? request('POST', `${PROVISIONING}/mute-timings`, change.body)
        : request('PUT', `${PROVISIONING}/mute-timings/${change.key}`, change.body)));
    case 'notification policy':
      return void (await request('PUT', `${PROVISIONING}/policies`, change.body));
    case 'rule group': {
      const { folderUid } = change.body as { folderUid: string };
      return void (await request('PUT', `${PROVISIONING}/folder/${folderUid}/rule-groups/${change.key}`, change.body));
    }
  }
}
