import { spawnSync } from 'node:child_process';

/**
 * `npm run e2e`: the end-to-end tests need a running Grafana with the plugin (`docker compose up`).
 * Without one there is nothing to test, so this says how to get one and exits 0 instead of failing.
 */
const grafanaUrl = (process.env.GRAFANA_URL ?? 'http://localhost:3000').replace(/\/$/, '');

async function grafanaAnswers(): Promise<boolean> {
  try {
    const response = await fetch(`${grafanaUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  if (!(await grafanaAnswers())) {
    console.log(`No Grafana answers at ${grafanaUrl}/api/health: end-to-end tests not run.`);
    console.log('Start the demo with `docker compose up` (or set GRAFANA_URL), then run `npm run e2e` again.');
    return 0;
  }
  const playwright = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
  return playwright.status ?? 1;
}

main().then((code) => process.exit(code));
