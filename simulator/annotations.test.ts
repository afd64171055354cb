/** @jest-environment node */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postChange } from './annotations';
import type { TimedEvent } from './scenario/resolve';

const DEPLOY: TimedEvent = {
  kind: 'deploy',
  at: '-2h',
  service: 'backend',
  deployment: ['dep-a', 'dep-b'],
  version: '2.15.0',
  time: 1795550000,
  deployments: ['dep-a', 'dep-b'],
};

describe('postChange', () => {
  let server: Server;
  let url: string;
  let status = 200;
  const received: Array<{ path?: string; auth?: string; body: { time: number; tags: string[]; text: string } }> = [];

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ path: request.url, auth: request.headers.authorization, body: JSON.parse(body) });
        response.writeHead(status).end(status === 200 ? '{"id":1}' : '{"message":"Permissions needed"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
    status = 200;
  });

  it('posts one annotation per deployment with the project tags, the token and the time in ms', async () => {
    await postChange({ url, token: 'glsa_secret' }, DEPLOY);
    expect(received).toHaveLength(2);
    expect(received[0]).toEqual({
      path: '/api/annotations',
      auth: 'Bearer glsa_secret',
      body: {
        time: 1795550000000,
        tags: ['deploy', 'deployment:dep-a', 'service:backend', 'version:2.15.0'],
        text: 'Deploy backend 2.15.0 on dep-a',
      },
    });
    expect(received[1].body.tags).toContain('deployment:dep-b');
  });

  it('fails with Grafana’s answer when Grafana refuses', async () => {
    status = 403;
    await expect(postChange({ url, token: 'viewer' }, DEPLOY)).rejects.toThrow(
      'Grafana refused the annotation (403): {"message":"Permissions needed"}'
    );
  });
});
