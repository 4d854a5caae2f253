import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_SOCKETS_PER_SESSION } from './limits.js';

/**
 * Every Playwright worker has a server of its own: its own port, SQLite file, data dir and SMTP
 * mailbox, so two workers never see each other's carts, conversations or mail, and a desk journey
 * sees only its own worker's shoppers. Worker `i` (Playwright's `parallelIndex`, kept when a worker
 * is replaced after a failure) uses port E2E_PORT + i; its mailbox listens 20,000 above that.
 * E2E_WORKERS sets how many (default 2, one per core of these machines).
 */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
const BASE_PORT = Number(process.env.E2E_PORT ?? 3101);
const root = resolve(fileURLToPath(import.meta.url), '../..');

export interface E2eServer {
  port: number;
  url: string;
  smtpPort: number;
  /** The server's DATA_DIR (e2e/serve.mjs), with its database at app.db. */
  dir: string;
}

export function serverFor(parallelIndex: number): E2eServer {
  const port = BASE_PORT + parallelIndex;
  return {
    port,
    url: `http://localhost:${port}`,
    smtpPort: port + 20_000,
    dir: join(root, '.test-tmp', `e2e-server-${port}`),
  };
}

export const e2eServers = (): E2eServer[] => Array.from({ length: E2E_WORKERS }, (_, i) => serverFor(i));

/**
 * The environment of a journeys' server. Every journey comes from one address (like a whole
 * office behind one NAT) and a fast machine runs them quicker than people would: the per-address
 * limits are set for that here, so the suite never depends on how fast it runs
 * (docs/decisions/008-sign-in-throttling.md).
 */
export function serverEnv(server: E2eServer, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: String(server.port),
    LOG_LEVEL: 'warn',
    // No fulfilment simulator: its steps come on the wall clock, so what a journey saw would
    // depend on how fast the machine ran it. Journeys move orders themselves (e2e/warehouse.ts).
    FULFILMENT_STEP_MS: '0',
    GUEST_SESSIONS_PER_IP_PER_HOUR: '1000000',
    PASSWORD_CHECKS_PER_IP_PER_MINUTE: '100000',
    // Low enough for e2e/socket-cap.test.ts to open one tab too many.
    SOCKETS_PER_SESSION: String(E2E_SOCKETS_PER_SESSION),
    // Mail goes to the worker's own SMTP server (e2e/mailbox.ts).
    SMTP_URL: `smtp://127.0.0.1:${server.smtpPort}`,
    ...extra,
  };
}
