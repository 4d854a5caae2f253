import { defineConfig, devices } from '@playwright/test';
import { E2E_SOCKETS_PER_SESSION } from './e2e/limits.js';
import { E2E_SMTP_PORT } from './e2e/mail-port.js';

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
    {
      name: 'mobile',
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 740 } },
      testMatch: '**/*.mobile.test.ts',
    },
  ],
  webServer: {
    command: 'node e2e/serve.mjs',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    // The fulfilment simulator moves orders every 4 s, so journeys see their status advance.
    // Every journey comes from one address (like a whole office behind one NAT) and a fast machine
    // runs them quicker than people would: the per-address limits are set for that here, so the
    // suite never depends on how fast it runs (docs/decisions/008-sign-in-throttling.md).
    env: {
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
      FULFILMENT_STEP_MS: '4000',
      GUEST_SESSIONS_PER_IP_PER_HOUR: '1000000',
      PASSWORD_CHECKS_PER_IP_PER_MINUTE: '100000',
      // Low enough for e2e/socket-cap.test.ts to open one tab too many.
      SOCKETS_PER_SESSION: String(E2E_SOCKETS_PER_SESSION),
      // Mail goes to the journeys' own SMTP server (e2e/mailbox.ts).
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    },
  },
});
