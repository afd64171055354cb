/**
 * Grafana's alerting provisioning API, folder API and rule states (the Prometheus-compatible rules API), as grafana/grafana stores and answers (for tests and the
 * browser harness): what it was sent in the form Grafana keeps it, ids and provenance added, secrets redacted, and
 * the provenance checks that refuse changes to file-provisioned objects
 * (`pkg/services/ngalert/api/tooling/definitions/provisioning_*.go`, `pkg/services/ngalert/provisioning/`).
 */
import { type Observable, of, throwError } from 'rxjs';
import bundleJson from '../alerting/install/bundle.gen.json';
import { storedTemplate } from '../alerting/install/storedForm';

type Json = Record<string, unknown>;
export interface Answer {
  status: number;
  data?: unknown;
}
export interface FakeRequest {
  method: string;
  url: string;
  data?: unknown;
  headers?: Record<string, string>;
}

const MS: Array<[string, number, boolean]> = [
  ['y', 31_536_000_000, true],
  ['w', 604_800_000, true],
  ['d', 86_400_000, false],
  ['h', 3_600_000, false],
  ['m', 60_000, false],
  ['s', 1000, false],
  ['ms', 1, false],
];

/** Prometheus' `model.Duration` read and written back, as Grafana returns every duration it stores. */
export function canonicalDuration(text: string): string {
  let ms = [...text.matchAll(/(\d+)(ms|[smhdwy])/g)].reduce(
    (sum, [, count, unit]) => sum + Number(count) * MS.find(([name]) => name === unit)![1],
    0
  );
  if (ms === 0) {
    return '0s';
  }
  let written = '';
  for (const [unit, size, exact] of MS) {
    if ((!exact || ms % size === 0) && ms >= size) {
      written += `${Math.floor(ms / size)}${unit}`;
      ms %= size;
    }
  }
  return written;
}

function storedRoute(route: Json): Json {
  const stored: Json = { ...route };
  for (const field of ['group_wait', 'group_interval', 'repeat_interval']) {
    if (typeof route[field] === 'string') {
      stored[field] = canonicalDuration(route[field] as string);
    }
  }
  if (stored.continue === false) {
    delete stored.continue; // `omitempty`
  }
  if (Array.isArray(route.routes)) {
    stored.routes = (route.routes as Json[]).map(storedRoute);
  }
  return stored;
}

const provenanceError = (from: string, to: string): Answer => ({
  status: 403,
  data: {
    messageId: 'alerting.notifications.invalidProvenance',
    statusCode: 403,
    message: `Resource with provenance status '${from || 'none'}' cannot be changed to '${to || 'none'}'. You must use appropriate API and permissions to manage this resource`,
  },
});
const notFound = (what: string): Answer => ({ status: 404, data: { message: `${what} not found` } });

export class FakeGrafanaAlerting {
  readonly org = 3;
  folders: Array<{ uid: string; title: string }> = [];
  groups = new Map<string, { folderUid: string; title: string; interval: number }>();
  rules: Json[] = [];
  contactPoints: Json[] = [
    { uid: 'default', name: 'grafana-default-email', type: 'email', settings: {}, provenance: '' },
  ];
  muteTimings: Json[] = [];
  templates: Json[] = [];
  policies: Json = { receiver: 'grafana-default-email', group_by: ['grafana_folder', 'alertname'], provenance: '' };
  /** Every request that would change something, in order. */
  writes: FakeRequest[] = [];
  /** A refusal to answer a write with instead, such as a permission Grafana denies. */
  refuse?: (request: FakeRequest) => Answer | undefined;
  private ids = 0;

  /** A Grafana that `docker compose up` provisioned from provisioning/alerting/: the same objects, provenance "file". */
  static provisionedFromFiles(datasourceUid: string): FakeGrafanaAlerting {
    const grafana = new FakeGrafanaAlerting();
    const bundle = JSON.parse(JSON.stringify(bundleJson).replaceAll('__SHOPPULSE_DATASOURCE__', datasourceUid));
    const files = (request: Omit<FakeRequest, 'headers'>) => grafana.store(request, 'file');
    grafana.folders.push({ uid: 'b4e1c7a2d9f3', title: bundle.folder.title });
    bundle.templates.forEach((template: Json) =>
      files({ method: 'PUT', url: `/api/v1/provisioning/templates/${template.name}`, data: template })
    );
    bundle.contactPoints.forEach((point: Json) =>
      files({ method: 'POST', url: '/api/v1/provisioning/contact-points', data: point })
    );
    bundle.muteTimings.forEach((timing: Json) =>
      files({ method: 'POST', url: '/api/v1/provisioning/mute-timings', data: timing })
    );
    files({ method: 'PUT', url: '/api/v1/provisioning/policies', data: bundle.policies });
    for (const group of bundle.ruleGroups as Json[]) {
      const rules = (bundle.rules as Json[]).filter((rule) => rule.ruleGroup === group.title);
      const url = `/api/v1/provisioning/folder/b4e1c7a2d9f3/rule-groups/${group.title}`;
      files({ method: 'PUT', url, data: { ...group, rules: rules.map((r) => ({ ...r, folderUID: 'b4e1c7a2d9f3' })) } });
    }
    return grafana;
  }

  /** As Grafana's back-end service fetches: the response, or a rejection with the status and Grafana's error body. */
  readonly fetch = (request: FakeRequest): Observable<{ status: number; data: unknown }> => {
    const answer = this.handle(request);
    return answer.status < 300 ? of({ status: answer.status, data: answer.data }) : throwError(() => answer);
  };

  handle(request: FakeRequest): Answer {
    const path = request.url.split('?')[0];
    if (request.method === 'GET') {
      return this.read(path);
    }
    this.writes.push(request);
    const disabled = Object.entries(request.headers ?? {}).some(
      ([name, value]) => name.toLowerCase() === 'x-disable-provenance' && value === 'true'
    );
    const target = disabled ? '' : 'api';
    return this.refuse?.(request) ?? this.store({ ...request, url: path }, target);
  }

  /** What Grafana's rule evaluation says of the stored rules, by title (the alert's id); unlisted ones are inactive. */
  readonly states = new Map<string, 'firing' | 'pending'>();

  /** `GET /api/prometheus/grafana/api/v1/rules`: the stored rules by group, with their states and instances. */
  private ruleStatuses(): Answer {
    const groups = [...new Set(this.rules.map((rule) => `${rule.folderUID}/${rule.ruleGroup}`))].map((key) => {
      const rules = this.rules.filter((rule) => `${rule.folderUID}/${rule.ruleGroup}` === key);
      const folder = this.folders.find((f) => f.uid === rules[0].folderUID);
      return {
        name: rules[0].ruleGroup,
        file: folder?.title ?? '',
        rules: rules.map((rule) => {
          const state = this.states.get(String(rule.title)) ?? 'inactive';
          const alert = {
            labels: { alertname: rule.title },
            annotations: {},
            state: state === 'firing' ? 'Alerting' : 'Pending',
            value: '',
          };
          return {
            name: rule.title,
            type: 'alerting',
            health: 'ok',
            state,
            alerts: state === 'inactive' ? [] : [alert],
          };
        }),
      };
    });
    return { status: 200, data: { status: 'success', data: { groups } } };
  }

  private read(path: string): Answer {
    if (path === '/api/prometheus/grafana/api/v1/rules') {
      return this.ruleStatuses();
    }
    const folder = /^\/api\/folders\/([^/]+)$/.exec(path);
    const group = /^\/api\/v1\/provisioning\/folder\/([^/]+)\/rule-groups\/([^/]+)$/.exec(path);
    if (path === '/api/folders') {
      return { status: 200, data: this.folders.map((f, id) => ({ id, ...f })) };
    }
    if (folder) {
      const found = this.folders.find((f) => f.uid === folder[1]);
      return found ? { status: 200, data: { ...found, url: `/dashboards/f/${found.uid}` } } : notFound('folder');
    }
    if (group) {
      const found = this.groups.get(`${group[1]}/${group[2]}`);
      const rules = this.rules.filter((r) => r.folderUID === group[1] && r.ruleGroup === group[2]);
      return found ? { status: 200, data: { ...found, rules } } : notFound('rule group');
    }
    const lists: Record<string, () => unknown> = {
      '/api/v1/provisioning/alert-rules': () => this.rules,
      '/api/v1/provisioning/contact-points': () => this.contactPoints.map(redacted),
      '/api/v1/provisioning/mute-timings': () => this.muteTimings,
      // Grafana answers `null`, not `[]`, while it has no template.
      '/api/v1/provisioning/templates': () => (this.templates.length ? this.templates : null),
      '/api/v1/provisioning/policies': () => this.policies,
    };
    return path in lists ? { status: 200, data: lists[path]() } : notFound(path);
  }

  private store(request: Omit<FakeRequest, 'headers'>, provenance: string): Answer {
    const body = request.data as Json;
    const { method, url } = request;
    const named = (list: Json[], key: 'uid' | 'name', value: unknown) => list.find((item) => item[key] === value);
    const replace = (list: Json[], key: 'uid' | 'name', stored: Json) => {
      const current = named(list, key, stored[key]);
      if (current && current.provenance && !provenance) {
        return provenanceError(String(current.provenance), provenance);
      }
      list.splice(current ? list.indexOf(current) : list.length, current ? 1 : 0, { ...stored, provenance });
      return { status: 202, data: stored };
    };
    if (method === 'POST' && url === '/api/folders') {
      if (this.folders.some((f) => f.uid === body.uid)) {
        return { status: 409, data: { message: 'a folder with the same uid already exists' } };
      }
      this.folders.push({ uid: String(body.uid), title: String(body.title) });
      return { status: 200, data: body };
    }
    const template = /^\/api\/v1\/provisioning\/templates\/(.+)$/.exec(url);
    if (method === 'PUT' && template) {
      const text = storedTemplate(template[1], String(body.template));
      return replace(this.templates, 'name', { name: template[1], template: text, version: `v${++this.ids}` });
    }
    if (method === 'POST' && url === '/api/v1/provisioning/contact-points') {
      return replace(this.contactPoints, 'uid', body);
    }
    const timing = /^\/api\/v1\/provisioning\/mute-timings(?:\/(.+))?$/.exec(url);
    if (timing) {
      return replace(this.muteTimings, 'name', { ...body, version: `v${++this.ids}` });
    }
    if (method === 'PUT' && url === '/api/v1/provisioning/policies') {
      if (this.policies.provenance && !provenance) {
        return provenanceError(String(this.policies.provenance), provenance);
      }
      this.policies = { ...storedRoute(body), provenance };
      return { status: 202, data: { message: 'policies updated' } };
    }
    const group = /^\/api\/v1\/provisioning\/folder\/([^/]+)\/rule-groups\/([^/]+)$/.exec(url);
    if (method === 'PUT' && group) {
      return this.replaceGroup(group[1], group[2], body, provenance);
    }
    return notFound(`${method} ${url}`);
  }

  private replaceGroup(folderUid: string, title: string, body: Json, provenance: string): Answer {
    if (!this.folders.some((f) => f.uid === folderUid)) {
      return notFound('folder');
    }
    const incoming = (body.rules as Json[]) ?? [];
    const uids = new Set(incoming.map((rule) => rule.uid));
    const touched = this.rules.filter((r) => uids.has(r.uid) || (r.folderUID === folderUid && r.ruleGroup === title));
    const locked = touched.find((r) => !canUpdateRuleGroup(String(r.provenance ?? ''), provenance));
    if (locked) {
      return provenanceError(String(locked.provenance), provenance);
    }
    this.rules = this.rules.filter((rule) => !touched.includes(rule));
    for (const rule of incoming) {
      this.rules.push({
        ...rule,
        id: ++this.ids,
        orgID: this.org,
        folderUID: folderUid,
        ruleGroup: title,
        for: canonicalDuration(String(rule.for ?? '0s')),
        data: (rule.data as Json[]).map(storedQuery),
        updated: '2026-12-02T10:00:00Z',
        isPaused: rule.isPaused ?? false,
        provenance,
      });
    }
    this.groups.set(`${folderUid}/${title}`, { folderUid, title, interval: Number(body.interval) });
    return { status: 200, data: body };
  }
}

// An alert query as `AlertQuery.PreSave` keeps it: a model with interval and data-point defaults, a time range.
function storedQuery(query: Json): Json {
  const model = query.model as Json;
  return {
    queryType: '',
    relativeTimeRange: { from: 0, to: 0 },
    ...query,
    model: { intervalMs: 1000, maxDataPoints: 43200, ...model },
  };
}

function canUpdateRuleGroup(stored: string, target: string): boolean {
  return stored === target || stored === '' || (target === '' && ['api', 'converted_prometheus'].includes(stored));
}

const SECRETS = ['url', 'integrationKey', 'password', 'token'];
function redacted(point: Json): Json {
  const settings = Object.fromEntries(
    Object.entries((point.settings as Json) ?? {}).map(([key, value]) => [
      key,
      SECRETS.includes(key) ? '[REDACTED]' : value,
    ])
  );
  return { ...point, settings };
}
