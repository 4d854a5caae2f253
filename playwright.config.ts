import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './e2e/chromium.js';
import { E2E_WORKERS, e2eServers, serverEnv } from './e2e/servers.js';

/**
 * Journeys run against the real server (real SQLite file, real bcrypt cost), one per worker on its
 * own port and database (e2e/servers.ts; e2e/fixtures.ts points each worker's baseURL at its own),
 * in Debian's Chromium (e2e/chromium.ts): Playwright's own browser download is not possible on these
 * machines.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.test.ts',
  outputDir: '.test-tmp/e2e-results',
  fullyParallel: false,
  workers: E2E_WORKERS,
  retries: 0,
  // Long journeys on a machine busy with other work (or with the other worker) take longer than
  // the sum of their steps; a journey that passes is not slowed by the room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    // A failed journey keeps its trace (actions, DOM snapshots, network) without the screencast:
    // its frames cost Chromium a fifth of the suite's CPU. (Without them a journey that waits for
    // frames, e.g. a stable element, waits longer, but idle: the other workers use the CPU.)
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath() },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: '**/*.mobile.test.ts' },
    {
      name: 'mobile',
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 740 } },
      testMatch: '**/*.mobile.test.ts',
    },
  ],
  webServer: e2eServers().map((server) => ({
    command: 'node e2e/serve.mjs',
    url: `${server.url}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: serverEnv(server),
  })),
});
