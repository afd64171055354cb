import { createServer, type Server } from 'node:http';
import { renderText } from './exposition';
import { STEP_SECONDS } from './model/context';
import type { World } from './model/world';

/** Keeps the world at the current minute and serves it on /metrics. */
export function serveLive(world: World, host: string, port: number, onStep?: (world: World) => void): Promise<Server> {
  const catchUp = () => {
    while (world.time + STEP_SECONDS <= Date.now() / 1000) {
      world.advance();
      onStep?.(world);
    }
  };
  catchUp();
  const timer = setInterval(catchUp, 1000);
  const server = createServer((request, response) => {
    if (request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end('Not found: the simulator serves /metrics\n');
      return;
    }
    catchUp();
    if (world.paused) {
      // A target that does not answer: Prometheus records `up` 0 and marks the series stale.
      response.writeHead(503).end('Scraping is paused (SIGUSR1 resumes it)\n');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
    response.end(renderText(world.registry.families.values(), (series) => world.exposed(series)));
  });
  server.on('close', () => clearInterval(timer));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
