import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAssistant } from '../assistant/create-assistant.js';
import { createApp } from '../app.js';
import type { Config } from '../config.js';
import type { AppDeps } from '../context.js';
import { openDatabase, type Db } from '../db/client.js';
import { openDatabaseFile } from '../database-file.js';
import { createPasswordHasher } from '../features/auth/password-hasher.js';
import { loadCommonPasswords } from '../features/auth/password-policy.js';
import { readCatalogFile } from '../features/catalog/catalog-file.js';
import { seedCatalog } from '../features/catalog/catalog.seed.js';
import { type DemoCredentials, seedDemoAccounts } from '../features/staff/demo-accounts.js';
import type { Logger } from '../log.js';
import { resolveSessionSecret } from '../secret.js';
import { openRedisState } from '../shared-state/redis-state.js';
import type { SharedState } from '../shared-state/shared-state.js';

/** The repository's root: data/, client/dist and drizzle/ are found from it. */
export const root = resolve(fileURLToPath(import.meta.url), '../../..');
const imagesDir = join(root, 'data/images');

/** The database file, opened (and migrated: openDatabase); a file that cannot work is a ConfigError. */
export const openShopDatabase = (config: Config): Db =>
  openDatabaseFile(resolve(root, config.DATABASE_FILE), openDatabase);

/** The session secret: SESSION_SECRET, or the data dir's file (written by the first start). */
export const shopSecret = (config: Config): string =>
  resolveSessionSecret(config.SESSION_SECRET, resolve(root, config.DATA_DIR));

/**
 * The shop's start-up work, once per start whatever the number of processes: the database opened
 * and migrated, the catalog seeded, a fresh demo database given its staff member and shopper
 * (never in production, never once anyone exists), the session secret resolved.
 */
export async function prepareShop(config: Config, log: Logger) {
  const db = openShopDatabase(config);
  log.info(seedCatalog(db, readCatalogFile(join(root, 'data/catalog.json')), imagesDir), 'catalog seeded');
  let demoAccounts: DemoCredentials[] | null = null;
  if (config.NODE_ENV !== 'production') {
    const hasher = createPasswordHasher(config.BCRYPT_COST);
    try {
      demoAccounts = await seedDemoAccounts(db, hasher.hash, Date.now());
    } finally {
      await hasher.close();
    }
  }
  if (demoAccounts) log.info({ emails: demoAccounts.map((a) => a.email) }, 'demo accounts created');
  return { db, demoAccounts, sessionSecret: shopSecret(config) };
}

/**
 * The app of one process over an open database; `more` are what a worker of several adds (its id,
 * the cluster adapter, the primary's shared state) or Redis (its shared state).
 */
export function buildShopApp(
  config: Config,
  db: Db,
  log: Logger,
  sessionSecret: string,
  more: Pick<AppDeps, 'instanceId' | 'ioAdapter' | 'shared'> = {},
) {
  const clientDir = join(root, 'client/dist');
  return createApp({
    config,
    db,
    log,
    hasher: createPasswordHasher(config.BCRYPT_COST),
    commonPasswords: loadCommonPasswords(join(root, 'data/common-passwords.txt')),
    sessionSecret,
    now: Date.now,
    clientDir: existsSync(join(clientDir, 'index.html')) ? clientDir : undefined,
    imagesDir,
    assistant: createAssistant(config, { secret: sessionSecret, log }),
    ...more,
  });
}

/**
 * The shared state of this process when it is not its own memory ([SHARED4], [REDIS1]): Redis with
 * REDIS_URL (processes on several machines), else `fallback` (a worker: the primary's over IPC).
 * Whoever opened it closes it after the app.
 */
export async function openShopSharedState(
  config: Config,
  log: Logger,
  fallback?: () => SharedState,
): Promise<SharedState | undefined> {
  if (!config.REDIS_URL) return fallback?.();
  return openRedisState({
    url: config.REDIS_URL,
    onError: (err) => log.warn({ err }, 'redis shared state'),
  });
}
