/**
 * @jest-environment node
 */
import { createServer } from 'node:net';
import { DATASOURCE_UID, startHarnessServer } from './server';

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('the harness server as Grafana’s data source proxy', () => {
  it('answers 502 without a body when Prometheus does not answer, as Grafana’s proxy does', async () => {
    const harness = await startHarnessServer({ prometheusUrl: `http://127.0.0.1:${await closedPort()}` });
    try {
      const answer = await fetch(`${harness.url}/api/datasources/proxy/uid/${DATASOURCE_UID}/api/v1/query`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'query=up',
      });
      expect(answer.status).toBe(502);
      expect(await answer.text()).toBe('');
    } finally {
      await harness.stop();
    }
  });
});
