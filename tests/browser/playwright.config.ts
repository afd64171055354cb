import { defineConfig } from '@playwright/test';

/**
 * The browser harness: the plugin's real App in Debian's Chromium, on the integration tests' Prometheus, with
 * Grafana's run-time services stood in for (`harness/`). `npm run test:browser`; `npm run screenshots` also writes
 * the README's pictures.
 */
export default defineConfig({
  testDir: './specs',
  globalSetup: './globalSetup.ts',
  // Each page waits for all of its panels; a busy two-core machine needs the room.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: '../../test-results/browser',
  use: {
    // Tall enough for every panel of the longest page to be in view, so Scenes loads them all.
    viewport: { width: 1600, height: 3200 },
    timezoneId: 'Europe/Warsaw',
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
