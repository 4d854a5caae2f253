import { defineConfig, devices } from '@playwright/test';

/**
 * Journeys run against the real server (real SQLite file, real bcrypt cost) on its own port,
 * in Debian's Chromium: Playwright's own browser download is not possible on these machines.
 */
const PORT = Number(process.env.E2E_PORT ?? 3101);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.test.ts',
  outputDir: '.test-tmp/e2e-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: '**/*.mobile.test.ts' },
    { name: 'mobile', use: { ...devices['Pixel 7'], viewport: { width: 375, height: 740 } }, testMatch: '**/*.mobile.test.ts' },
  ],
  webServer: {
    command: 'node e2e/serve.mjs',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    // The fulfilment simulator moves orders every 4 s, so journeys see their status advance.
    env: { PORT: String(PORT), LOG_LEVEL: 'warn', FULFILMENT_STEP_MS: '4000' },
  },
});
