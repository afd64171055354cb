/** @jest-environment node */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAnnotate } from './bundle';

const TOKEN = 'glsa_ci_token';
const DEPLOY_ARGS = ['--kind', 'deploy', '--service', 'backend', '--deployment', 'dep-a', '--version', '2.15.0'];

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

// The pipeline's view: the bundled file alone in an empty folder outside the checkout, run by plain node.
describe('the bundled shoppulse-annotate.js', () => {
  let folder: string;
  let server: Server;
  let grafanaUrl: string;
  let reply: { status: number; body: string };
  const received: Array<{ path?: string; authorization?: string; body: { tags: string[]; text: string } }> = [];

  function run(argv: string[]): Promise<Run> {
    // Async, not execFileSync: the stand-in Grafana answers from this process's event loop.
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        ['shoppulse-annotate.js', ...argv],
        { cwd: folder, env: { GRAFANA_URL: grafanaUrl, GRAFANA_TOKEN: TOKEN } },
        (error, stdout, stderr) => resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr })
      );
    });
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'shoppulse-annotate-'));
    await bundleAnnotate(join(folder, 'shoppulse-annotate.js'));
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ path: request.url, authorization: request.headers.authorization, body: JSON.parse(body) });
        response.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    grafanaUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 30_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(() => {
    received.length = 0;
    reply = { status: 200, body: JSON.stringify({ id: 7, message: 'Annotation added' }) };
  });

  it('is one file', () => {
    expect(readdirSync(folder)).toEqual(['shoppulse-annotate.js']);
  });

  it('posts the annotation and exits 0', async () => {
    const result = await run(DEPLOY_ARGS);

    expect(result).toEqual({
      exitCode: 0,
      stdout: 'Annotation 7 added on dep-a: deploy deployment:dep-a service:backend version:2.15.0\n',
      stderr: '',
    });
    expect(received).toEqual([
      {
        path: '/api/annotations',
        authorization: `Bearer ${TOKEN}`,
        body: expect.objectContaining({
          tags: ['deploy', 'deployment:dep-a', 'service:backend', 'version:2.15.0'],
          text: 'Deploy backend 2.15.0 on dep-a',
        }),
      },
    ]);
  });

  it('exits 1 with the reason when Grafana refuses', async () => {
    reply = { status: 403, body: JSON.stringify({ message: 'Permissions needed' }) };

    const result = await run(DEPLOY_ARGS);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('Grafana refused the annotation (403): {"message":"Permissions needed"}\n');
  });

  it('prints the usage with --help and exits 0', async () => {
    const result = await run(['--help']);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Usage: node shoppulse-annotate\.js --kind deploy\|config/);
  });
});
