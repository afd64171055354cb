/** @jest-environment node */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { main } from './main';

interface ReceivedRequest {
  method?: string;
  path?: string;
  authorization?: string;
  contentType?: string;
  body: { time: number; timeEnd?: number; tags: string[]; text: string };
}

const TOKEN = 'glsa_ci_token';
const DEPLOY_ARGS = ['--kind', 'deploy', '--service', 'backend', '--deployment', 'dep-a', '--version', '2.15.0'];
const MAINTENANCE_ARGS = ['--kind', 'maintenance', '--from', '2025-06-01T02:00:00Z', '--to', '2025-06-01T04:00:00Z'];

async function run(argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(argv, env, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { exitCode, stdout, stderr };
}

describe('shoppulse-annotate', () => {
  let server: Server;
  let env: NodeJS.ProcessEnv;
  const received: ReceivedRequest[] = [];
  let reply: { status: number; body: string } | undefined;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({
          method: request.method,
          path: request.url,
          authorization: request.headers.authorization,
          contentType: request.headers['content-type'],
          body: JSON.parse(body),
        });
        const answer = reply ?? {
          status: 200,
          body: JSON.stringify({ id: received.length, message: 'Annotation added' }),
        };
        response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    env = { GRAFANA_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, GRAFANA_TOKEN: TOKEN };
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
    reply = undefined;
  });

  it('posts one deploy annotation per deployment with the project tags and the token', async () => {
    const result = await run(
      [...DEPLOY_ARGS, '--deployment', 'dep-b,dep-c', '--time', '2025-06-01T12:00:00Z', '--text', 'Release 2.15'],
      env
    );

    expect(result).toEqual({
      exitCode: 0,
      stdout:
        'Annotation 1 added on dep-a: deploy deployment:dep-a service:backend version:2.15.0\n' +
        'Annotation 2 added on dep-b: deploy deployment:dep-b service:backend version:2.15.0\n' +
        'Annotation 3 added on dep-c: deploy deployment:dep-c service:backend version:2.15.0\n',
      stderr: '',
    });
    expect(received).toHaveLength(3);
    expect(received[0]).toEqual({
      method: 'POST',
      path: '/api/annotations',
      authorization: `Bearer ${TOKEN}`,
      contentType: 'application/json',
      body: {
        time: Date.UTC(2025, 5, 1, 12),
        tags: ['deploy', 'deployment:dep-a', 'service:backend', 'version:2.15.0'],
        text: 'Release 2.15',
      },
    });
    expect(received.map((request) => request.body.tags[1])).toEqual([
      'deployment:dep-a',
      'deployment:dep-b',
      'deployment:dep-c',
    ]);
  });

  it('tags a config change without a version, describes it and takes the time in unix milliseconds', async () => {
    const result = await run(
      ['--kind', 'config', '--service', 'search', '--deployment', 'dep-b', '--time', '1748779200000'],
      env
    );

    expect(result.exitCode).toBe(0);
    expect(received.map((request) => request.body)).toEqual([
      {
        time: 1748779200000,
        tags: ['config', 'deployment:dep-b', 'service:search'],
        text: 'Config change search on dep-b',
      },
    ]);
  });

  it('stamps the annotation with the current time in milliseconds by default', async () => {
    const before = Date.now();
    await run(DEPLOY_ARGS, env);

    expect(received[0].body.time).toBeGreaterThanOrEqual(before);
    expect(received[0].body.time).toBeLessThanOrEqual(Date.now());
    expect(received[0].body.text).toBe('Deploy backend 2.15.0 on dep-a');
  });

  it('posts a maintenance window as a region per deployment and says how the SLA rules come to exclude it', async () => {
    const result = await run(
      [...MAINTENANCE_ARGS, '--partner', 'kwiatex', '--deployment', 'dep-a,dep-b', '--text', 'Database "upgrade"'],
      env
    );

    expect(result.exitCode).toBe(0);
    expect(received.map((request) => request.body)).toEqual(
      ['dep-a', 'dep-b'].map((deployment) => ({
        time: Date.UTC(2025, 5, 1, 2),
        timeEnd: Date.UTC(2025, 5, 1, 4),
        tags: ['maintenance', `deployment:${deployment}`, 'partner:kwiatex'],
        text: 'Database "upgrade"',
      }))
    );
    const window = (deployment: string) =>
      `  { partner: "kwiatex", deployment: "${deployment}", from: "2025-06-01T02:00:00Z", to: "2025-06-01T04:00:00Z", ` +
      'reason: "Database \\"upgrade\\"" },\n';
    expect(result.stdout).toBe(
      'Annotation 1 added for kwiatex on dep-a: maintenance deployment:dep-a partner:kwiatex\n' +
        'Annotation 2 added for kwiatex on dep-b: maintenance deployment:dep-b partner:kwiatex\n' +
        'The SLA rules exclude this window only once it is declared: add to MAINTENANCE_WINDOWS in ' +
        'src/catalog/maintenance.ts\n' +
        window('dep-a') +
        window('dep-b') +
        'then run `npm run generate` and load the regenerated rules/shoppulse-sla.rules.yaml.\n'
    );
  });

  it('posts one region for a partner’s window on all its deployments, its times in any zone', async () => {
    const result = await run(
      [
        '--kind',
        'maintenance',
        '--partner',
        'sportowo',
        '--from',
        '2025-06-01T04:00:00+02:00',
        '--to',
        '1748750400000',
      ],
      env
    );

    expect(result.exitCode).toBe(0);
    expect(received.map((request) => request.body)).toEqual([
      {
        time: Date.UTC(2025, 5, 1, 2),
        timeEnd: Date.UTC(2025, 5, 1, 4),
        tags: ['maintenance', 'partner:sportowo'],
        text: 'Maintenance for sportowo',
      },
    ]);
    expect(result.stdout).toContain(
      '  { partner: "sportowo", from: "2025-06-01T02:00:00Z", to: "2025-06-01T04:00:00Z", reason: "Maintenance for sportowo" },\n'
    );
  });

  it('fails with the status and the start of Grafana’s answer when Grafana refuses', async () => {
    const answer = JSON.stringify({ message: 'Permissions needed', detail: 'x'.repeat(300) });
    reply = { status: 403, body: answer };

    const result = await run(DEPLOY_ARGS, env);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(`Grafana refused the annotation (403): ${answer.slice(0, 200)}\n`);
  });

  it('fails when the answer carries no annotation id', async () => {
    reply = { status: 200, body: '<html>Sign in</html>' };

    const result = await run(DEPLOY_ARGS, env);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('answered 200 without an annotation id');
  });

  it('names the URL it could not reach', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const result = await run(DEPLOY_ARGS, { ...env, GRAFANA_URL: `http://127.0.0.1:${port}` });

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`Could not reach Grafana at http://127.0.0.1:${port}/api/annotations: `);
  });

  it('says which environment variable is missing', async () => {
    const result = await run(DEPLOY_ARGS, { GRAFANA_TOKEN: TOKEN });

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^GRAFANA_URL is not set: it must hold Grafana's base URL/);
    expect(received).toHaveLength(0);
  });

  it.each([
    [
      'a deploy without --version',
      ['--kind', 'deploy', '--deployment', 'dep-a'],
      '--version is required for --kind deploy',
    ],
    ['an empty --version', [...DEPLOY_ARGS, '--version', ''], '--version is empty'],
    ['no --deployment', ['--kind', 'config', '--service', 'backend'], '--deployment is required'],
    [
      'an unknown --kind',
      ['--kind', 'release', '--deployment', 'dep-a'],
      '--kind must be deploy, config or maintenance, not "release"',
    ],
    [
      'a window without --from',
      ['--kind', 'maintenance', '--partner', 'kwiatex', '--to', '2025-06-01T04:00:00Z'],
      '--from is required for --kind maintenance: when the window opens, e.g. 2025-06-01T02:00:00Z',
    ],
    [
      'a window without --to',
      ['--kind', 'maintenance', '--partner', 'kwiatex', '--from', '2025-06-01T02:00:00Z'],
      '--to is required for --kind maintenance: when the window closes',
    ],
    [
      'a --to that is no date',
      [...MAINTENANCE_ARGS, '--partner', 'kwiatex', '--to', 'tomorrowZ'],
      '--to "tomorrowZ" is neither an ISO date nor unix milliseconds',
    ],
    [
      'a --from without a time zone',
      [...MAINTENANCE_ARGS, '--partner', 'kwiatex', '--from', '2025-06-01T02:00'],
      '--from "2025-06-01T02:00" has no time zone: end it with Z (UTC) or an offset such as +02:00',
    ],
    [
      'a --to in unix seconds',
      [...MAINTENANCE_ARGS, '--partner', 'kwiatex', '--to', '1748750400'],
      '--to 1748750400 looks like unix seconds',
    ],
    [
      'a window that closes before it opens',
      [...MAINTENANCE_ARGS, '--partner', 'kwiatex', '--to', '2025-06-01T01:00:00Z'],
      '--to (2025-06-01T01:00:00Z) must be after --from (2025-06-01T02:00:00Z)',
    ],
    ['a window for nobody', MAINTENANCE_ARGS, '--kind maintenance needs --partner, --deployment or both'],
    [
      'a window with --time',
      [...MAINTENANCE_ARGS, '--partner', 'kwiatex', '--time', '2025-06-01T02:00:00Z'],
      '--time does not belong to --kind maintenance: it takes --from and --to',
    ],
    [
      'a deploy with --from',
      [...DEPLOY_ARGS, '--from', '2025-06-01T02:00:00Z'],
      '--from only belongs to --kind maintenance',
    ],
    ['a time in seconds', [...DEPLOY_ARGS, '--time', '1748779200'], '--time 1748779200 looks like unix seconds'],
    ['an unknown option', [...DEPLOY_ARGS, '--env', 'prod'], "Unknown option '--env'"],
  ])('prints the usage for %s', async (_case, argv, message) => {
    const result = await run(argv, env);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: node shoppulse-annotate.js');
    expect(received).toHaveLength(0);
  });
});
