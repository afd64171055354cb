import { of, throwError } from 'rxjs';
import { desiredObjects } from './bundle';
import { applyInstall, planInstall } from './install';

const fetchMock = jest.fn();
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => ({ fetch: fetchMock }),
}));

type Responses = Record<string, unknown>;

/** Grafana's answers as its provisioning API gives them: what we sent plus ids, provenance and redacted secrets. */
function installedGrafana(): Responses {
  const desired = desiredObjects('prom-uid');
  const of = (kind: string) =>
    desired.filter((item) => item.kind === kind).map((item) => item.body as Record<string, unknown>);
  const responses: Responses = {
    'GET /api/v1/provisioning/contact-points': of('contact point').map((point) => ({
      ...point,
      settings: { ...(point.settings as object), url: '[REDACTED]', integrationKey: '[REDACTED]' },
    })),
    'GET /api/v1/provisioning/mute-timings': of('mute timing').map((timing) => ({
      ...timing,
      version: 'a1',
      provenance: '',
    })),
    'GET /api/v1/provisioning/templates': of('template').map((template) => ({ ...template, provenance: '' })),
    'GET /api/v1/provisioning/policies': { ...of('notification policy')[0], provenance: '' },
    'GET /api/folders/shoppulse': { id: 7, uid: 'shoppulse', title: 'ShopPulse', url: '/dashboards/f/shoppulse' },
  };
  for (const group of of('rule group')) {
    responses[`GET /api/v1/provisioning/folder/shoppulse/rule-groups/${group.title}`] = {
      ...group,
      rules: (group.rules as object[]).map((rule, id) => ({
        ...rule,
        id,
        updated: '2026-11-25T06:00:00Z',
        provenance: '',
      })),
    };
  }
  return responses;
}

/** A Grafana that has none of it yet: Grafana's default policy tree, no ShopPulse folder or groups. */
function emptyGrafana(): Responses {
  return {
    'GET /api/v1/provisioning/contact-points': [
      { uid: 'default', name: 'grafana-default-email', type: 'email', settings: {} },
    ],
    'GET /api/v1/provisioning/mute-timings': [],
    'GET /api/v1/provisioning/templates': null,
    'GET /api/v1/provisioning/policies': {
      receiver: 'grafana-default-email',
      group_by: ['grafana_folder', 'alertname'],
    },
  };
}

function serve(responses: Responses) {
  fetchMock.mockImplementation(({ method, url }: { method: string; url: string }) => {
    const key = `${method} ${url}`;
    if (method !== 'GET') {
      return of({ data: {} });
    }
    return key in responses
      ? of({ data: responses[key] })
      : throwError(() => ({ status: 404, data: { message: 'not found' } }));
  });
}

const actions = (plan: Awaited<ReturnType<typeof planInstall>>) =>
  Object.fromEntries(plan.map((change) => [`${change.kind}/${change.key}`, change.action]));

beforeEach(() => fetchMock.mockReset());

describe('installing the alert templates into Grafana', () => {
  it('plans to create everything in a Grafana that has none of it, and to replace the default policy tree', async () => {
    serve(emptyGrafana());
    const plan = await planInstall('prom-uid');
    expect(plan.filter((c) => c.action !== 'create').map((c) => `${c.kind}/${c.action}`)).toEqual([
      'notification policy/update',
    ]);
    expect(plan.filter((c) => c.kind === 'rule group')).toHaveLength(3);
  });

  it('changes nothing when run again on what it installed, whatever fields Grafana added', async () => {
    serve(installedGrafana());
    const plan = await planInstall('prom-uid');
    expect(new Set(Object.values(actions(plan)))).toEqual(new Set(['unchanged']));
  });

  it('updates only what differs, and never overwrites the secrets an admin filled into a contact point', async () => {
    const responses = installedGrafana();
    const group = responses['GET /api/v1/provisioning/folder/shoppulse/rule-groups/shoppulse-alerts-mail'] as {
      rules: Array<{ for: string }>;
    };
    group.rules[0].for = '1h';
    (responses['GET /api/v1/provisioning/templates'] as Array<{ template: string }>)[0].template = 'edited by hand';
    serve(responses);
    const plan = actions(await planInstall('prom-uid'));
    expect(plan['rule group/shoppulse-alerts-mail']).toBe('update');
    expect(plan['rule group/shoppulse-alerts-phone']).toBe('unchanged');
    expect(plan['template/shoppulse']).toBe('update');
    expect(plan['contact point/shoppulse-slack']).toBe('unchanged');
  });

  it('points the rules at the data source chosen on the configuration page', async () => {
    serve(installedGrafana());
    const plan = actions(await planInstall('another-prometheus'));
    expect(plan['rule group/shoppulse-alerts-phone']).toBe('update');
  });

  it('sends only the changes, in order, editable in the UI afterwards', async () => {
    serve(emptyGrafana());
    const plan = await planInstall('prom-uid');
    fetchMock.mockClear();
    await applyInstall(plan);
    const calls = fetchMock.mock.calls.map(([options]) => `${options.method} ${options.url}`);
    expect(calls[0]).toBe('POST /api/folders');
    expect(calls).toContain('PUT /api/v1/provisioning/templates/shoppulse');
    expect(calls).toContain('PUT /api/v1/provisioning/policies');
    expect(calls.slice(-3)).toEqual([
      'PUT /api/v1/provisioning/folder/shoppulse/rule-groups/shoppulse-alerts-phone',
      'PUT /api/v1/provisioning/folder/shoppulse/rule-groups/shoppulse-alerts-mail',
      'PUT /api/v1/provisioning/folder/shoppulse/rule-groups/shoppulse-alerts-slack',
    ]);
    expect(fetchMock.mock.calls.every(([options]) => options.headers['X-Disable-Provenance'] === 'true')).toBe(true);
    const phone = fetchMock.mock.calls.find(([o]) => o.url.endsWith('shoppulse-alerts-phone'))![0].data;
    expect(JSON.stringify(phone)).not.toContain('__SHOPPULSE_DATASOURCE__');
    expect(JSON.stringify(phone)).toContain('"datasourceUid":"prom-uid"');
  });

  it('stops at the first refusal and says why', async () => {
    serve(emptyGrafana());
    const plan = await planInstall('prom-uid');
    fetchMock.mockReset();
    fetchMock.mockImplementation(() => throwError(() => ({ status: 403, data: { message: 'permission denied' } })));
    await expect(applyInstall(plan)).rejects.toEqual({ status: 403, data: { message: 'permission denied' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
