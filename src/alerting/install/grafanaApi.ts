import { lastValueFrom } from 'rxjs';
import { type FetchError, getBackendSrv } from '@grafana/runtime';
import { type Desired, type PlannedChange, existingKey } from './plan';

const PROVISIONING = '/api/v1/provisioning';
// Objects the plugin installs stay editable in Grafana's UI, unlike file provisioning.
const HEADERS = { 'X-Disable-Provenance': 'true' };

async function request<T>(method: string, url: string, data?: unknown): Promise<T> {
  const response = await lastValueFrom(
    getBackendSrv().fetch<T>({ method, url, data, headers: HEADERS, showErrorAlert: false })
  );
  return response.data;
}

async function getOrNothing<T>(url: string): Promise<T | undefined> {
  try {
    return await request<T>('GET', url);
  } catch (error) {
    if ((error as FetchError).status === 404) {
      return undefined;
    }
    throw error;
  }
}

/** What Grafana already has of the objects the install would touch, by the key the plan looks them up with. */
export async function fetchExisting(desired: Array<Desired<unknown>>): Promise<Map<string, unknown>> {
  const existing = new Map<string, unknown>();
  const [contactPoints, muteTimings, templates, policies] = await Promise.all([
    request<Array<{ uid: string }>>('GET', `${PROVISIONING}/contact-points`),
    request<Array<{ name: string }>>('GET', `${PROVISIONING}/mute-timings`),
    request<Array<{ name: string }> | null>('GET', `${PROVISIONING}/templates`),
    request<unknown>('GET', `${PROVISIONING}/policies`),
  ]);
  contactPoints.forEach((point) => existing.set(existingKey('contact point', point.uid), point));
  muteTimings.forEach((timing) => existing.set(existingKey('mute timing', timing.name), timing));
  (templates ?? []).forEach((template) => existing.set(existingKey('template', template.name), template));
  existing.set(existingKey('notification policy', 'tree'), policies);
  for (const item of desired) {
    if (item.kind === 'folder' || item.kind === 'rule group') {
      const url =
        item.kind === 'folder'
          ? `/api/folders/${item.key}`
          : `${PROVISIONING}/folder/${(item.body as { folderUid: string }).folderUid}/rule-groups/${item.key}`;
      const found = await getOrNothing(url);
      if (found !== undefined) {
        existing.set(existingKey(item.kind, item.key), found);
      }
    }
  }
  return existing;
}

/** Carries out one planned change with the provisioning API; unchanged objects are not touched. */
export async function applyChange(change: PlannedChange<unknown>): Promise<void> {
  if (change.action === 'unchanged') {
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
