import { startBrowserEnvironment } from './environment';

// Specs read the harness's address and the history's end from the environment, which Playwright hands its workers.
export default async function globalSetup() {
  const environment = await startBrowserEnvironment();
  process.env.HARNESS_URL = environment.url;
  process.env.HARNESS_END = String(environment.end);
  const { bundleSeconds, stackSeconds } = environment.timings;
  console.log(
    `Browser harness at ${environment.url}: bundled in ${bundleSeconds.toFixed(1)} s, ready in ${stackSeconds.toFixed(0)} s`
  );
  return () => environment.stop();
}
