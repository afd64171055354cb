/** @jest-environment node */
import type { AddressInfo } from 'node:net';
import { ResolvedScenario } from './scenario/resolve';
import { serveLive } from './live';
import { World } from './model/world';

describe('the live simulator on a bad day', () => {
  it('answers 503 while scraping is paused, and serves counters from zero after a restart', async () => {
    const now = Math.floor(Date.now() / 1000 / 60) * 60;
    const world = new World({ seed: 42, scenario: new ResolvedScenario({}, now), scale: 1, start: now - 3600 });
    const server = await serveLive(world, '127.0.0.1', 0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    const orders = async () => {
      const text = await (await fetch(url)).text();
      return text
        .split('\n')
        .filter((line) => line.startsWith('shop_orders_paid_total{'))
        .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
    };
    try {
      const hour = await orders();
      expect(hour).toBeGreaterThan(0);
      world.paused = true;
      expect((await fetch(url)).status).toBe(503);
      world.paused = false;
      world.restart();
      // Nothing counted since, or a minute's worth if the clock turned one meanwhile: not the hour's.
      expect(await orders()).toBeLessThan(hour / 10);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
