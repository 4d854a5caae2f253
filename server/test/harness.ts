import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { io as connectClient, type Socket } from 'socket.io-client';
import { createApp } from '../app.js';
import type { AppDeps } from '../context.js';
import type { FeatureRoutes } from '../socket/routes.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { createPasswordHasher } from '../features/auth/password-hasher.js';
import { loadCommonPasswords } from '../features/auth/password-policy.js';
import { readCatalogFile } from '../features/catalog/catalog-file.js';
import { seedCatalog } from '../features/catalog/catalog.seed.js';
import { createLogger } from '../log.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const commonPasswords = loadCommonPasswords(join(root, 'data/common-passwords.txt'));
const imagesDir = join(root, 'data/images');
const catalog = readCatalogFile(join(root, 'data/catalog.json'));

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestApp extends ReturnType<typeof createApp> {
  url: string;
  origin: string;
  dbFile: string;
  /** A controllable clock: tests move it to check expiry. */
  clock: { now: number; advance(ms: number): void };
  /** fetch against the app with JSON and the app's own Origin. */
  api(
    path: string,
    init?: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  /** A guest session cookie, as a first visit gets (with the browser's headers, e.g. Accept-Language). */
  guestCookie(headers?: Record<string, string>): Promise<string>;
  /** Register a shopper and return their cookie. */
  register(
    email?: string,
    password?: string,
    name?: string,
  ): Promise<{ cookie: string; email: string; password: string }>;
  /** A connected socket (waits for connect); rejects with the handshake error. */
  connect(
    cookie?: string,
    opts?: { origin?: string; transports?: ('websocket' | 'polling')[]; headers?: Record<string, string> },
  ): Promise<TestSocket>;
  stop(): Promise<void>;
}

let emails = 0;
export const uniqueEmail = () => `shopper${++emails}-${process.pid}@example.com`;
export const GOOD_PASSWORD = 'violet-harbour-42';

/**
 * The real app on a random port over a fresh migrated SQLite file, bcrypt cost 4 for speed.
 * With `env.DATABASE_FILE`, over that file instead (two apps on one file, as two processes are),
 * which stop() leaves in place.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  overrides: Partial<AppDeps> = {},
  moreRoutes: readonly FeatureRoutes[] = [],
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'vx-test-'));
  const dbFile = env.DATABASE_FILE ?? join(dir, 'app.db');
  const config = loadConfig({
    NODE_ENV: 'test',
    BCRYPT_COST: '4',
    LOG_LEVEL: 'silent',
    FULFILMENT_STEP_MS: '0',
    ...env,
  });
  const clock = {
    now: Date.now(),
    advance(ms: number) {
      this.now += ms;
    },
  };
  const sockets: TestSocket[] = [];
  const db = openDatabase(dbFile);
  seedCatalog(db, catalog, imagesDir);
  const log = createLogger(config.LOG_LEVEL);
  const sessionSecret = 'test-secret-that-is-at-least-32-characters-long';
  const built = createApp(
    {
      config,
      db,
      log,
      hasher: overrides.hasher ?? createPasswordHasher(config.BCRYPT_COST, 1),
      commonPasswords,
      sessionSecret,
      now: () => clock.now,
      imagesDir,
      // Loaded only when a test does not bring its own engine.
      assistant:
        overrides.assistant ??
        (await import('../assistant/create-assistant.js')).createAssistant(config, { secret: sessionSecret, log }),
      ...overrides,
    },
    moreRoutes,
  );
  await new Promise<void>((r) => built.httpServer.listen(0, '127.0.0.1', r));
  const { port } = built.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const api: TestApp['api'] = (path, init = {}) => {
    const headers: Record<string, string> = { origin: url, ...init.headers };
    if (init.cookie) headers.cookie = init.cookie;
    if (init.body !== undefined) headers['content-type'] ??= 'application/json';
    const body =
      init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    return fetch(url + path, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
  };

  const app: TestApp = {
    ...built,
    url,
    origin: url,
    dbFile,
    clock,
    api,
    async guestCookie(headers) {
      return cookieFrom(await api('/api/auth/me', headers ? { headers } : {}));
    },
    async register(email = uniqueEmail(), password = GOOD_PASSWORD, name = 'Test Shopper') {
      const res = await api('/api/auth/register', { body: { email, name, password } });
      if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
      return { cookie: cookieFrom(res), email, password };
    },
    connect(cookie, opts = {}) {
      const socket: TestSocket = connectClient(url, {
        transports: opts.transports ?? ['websocket'],
        extraHeaders: { ...opts.headers, ...(cookie ? { cookie } : {}), origin: opts.origin ?? url },
        reconnection: false,
        forceNew: true,
      });
      sockets.push(socket);
      return new Promise((resolve, reject) => {
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', (err) => reject(err));
      });
    },
    async stop() {
      for (const s of sockets) s.disconnect();
      await built.close();
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return app;
}

/** The `name=value` pair of the session cookie a response set. */
export function cookieFrom(res: Response): string {
  const set = res.headers.getSetCookie().find((c) => c.includes('vx_session='));
  if (!set) throw new Error(`no session cookie in response ${res.status}`);
  return set.split(';')[0]!;
}

/** Resolve with the next `event` on the socket (no sleeps: tests await the event itself). */
export function nextEvent<T = unknown>(socket: TestSocket, event: string, timeoutMs = 2000): Promise<T> {
  return nextEventWhere<T>(socket, event, () => true, timeoutMs);
}

/** The next `event` whose payload passes `accept` (earlier pushes still in flight are skipped). */
export function nextEventWhere<T = unknown>(
  socket: TestSocket,
  event: string,
  accept: (value: T) => boolean,
  timeoutMs = 2000,
): Promise<T> {
  const s = socket as unknown as { on(e: string, l: (v: T) => void): void; off(e: string, l: (v: T) => void): void };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      s.off(event, listener);
      reject(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (value: T) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      s.off(event, listener);
      resolve(value);
    };
    s.on(event, listener);
  });
}
