import { FIXTURE } from '../stack/fixture';
import { startTestStack } from '../stack/prometheus';
import { bundleHarness } from './bundle';
import { startHarnessServer } from './server';

export interface BrowserEnvironment {
  /** The harness's Grafana stand-in, e.g. http://127.0.0.1:41234. */
  url: string;
  prometheusUrl: string;
  /** Unix seconds of the history's last sample: the default scenario's incident. */
  end: number;
  timings: { bundleSeconds: number; stackSeconds: number };
  stop(): Promise<void>;
}

/**
 * The integration tests' Prometheus (the same fixture: history ending at the default scenario's incident), the
 * bundled harness and its server. `HARNESS_PROMETHEUS_URL` reuses a Prometheus already holding that fixture.
 */
export async function startBrowserEnvironment(): Promise<BrowserEnvironment> {
  const started = performance.now();
  const reused = process.env.HARNESS_PROMETHEUS_URL;
  const [stack, bundleSeconds] = await Promise.all([
    reused ? { url: reused, end: FIXTURE.end, stop: async () => undefined } : startTestStack(FIXTURE),
    bundleHarness(),
  ]);
  const stackSeconds = (performance.now() - started) / 1000;
  try {
    const server = await startHarnessServer({ prometheusUrl: stack.url });
    return {
      url: server.url,
      prometheusUrl: stack.url,
      end: stack.end,
      timings: { bundleSeconds, stackSeconds },
      stop: async () => {
        await server.stop();
        await stack.stop();
      },
    };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}
