import { roundedValue } from './exposition';
import { STEP_SECONDS } from './model/context';
import type { World } from './model/world';
import { remoteWrite, type SeriesSamples } from './remoteWrite';

const STEPS_PER_REQUEST = 30;

/**
 * Advances the world to `until`, pushing every step to Prometheus' remote-write receiver: the minutes between the end
 * of the imported history and the first live scrape, so the demo's series have no gap. Returns the steps written.
 */
export async function backfillUntil(world: World, until: number, url: string): Promise<number> {
  let written = 0;
  while (world.time + STEP_SECONDS <= until) {
    const batch: SeriesSamples[] = world.registry.all.map((series) => ({ series, samples: [] }));
    for (let i = 0; i < STEPS_PER_REQUEST && world.time + STEP_SECONDS <= until; i++) {
      world.advance();
      world.registry.all.forEach((series, index) => {
        const value = world.exposed(series);
        if (!Number.isNaN(value)) {
          batch[index].samples.push([world.time * 1000, roundedValue(value)]);
        }
      });
      written++;
    }
    await remoteWrite(
      url,
      batch.filter((entry) => entry.samples.length > 0)
    );
  }
  return written;
}

/** Waits for the Prometheus behind a remote-write URL to be ready: in compose both start together. */
export async function waitForPrometheus(writeUrl: string, timeoutMs = 180_000): Promise<void> {
  const ready = new URL('/-/ready', writeUrl);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 1000))) {
    const answer = await fetch(ready).catch(() => undefined);
    if (answer?.ok) {
      return;
    }
  }
  throw new Error(`Prometheus at ${ready} was not ready after ${timeoutMs / 1000} s`);
}
