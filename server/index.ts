import { resolve, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { openDatabaseFile } from './database-file.js';
import { createPasswordHasher } from './features/auth/password-hasher.js';
import { loadCommonPasswords } from './features/auth/password-policy.js';
import { readCatalogFile } from './features/catalog/catalog-file.js';
import { seedCatalog } from './features/catalog/catalog.seed.js';
import { formatDemoCredentials, seedDemoAccounts } from './features/staff/demo-accounts.js';
import { createAssistant } from './assistant/create-assistant.js';
import { createLogger } from './log.js';
import { resolveSessionSecret } from './secret.js';
import { start } from './start.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** A setting that cannot work ends the start with its one line and exit code 1; anything else keeps its stack. */
function orExit<T>(load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

const config = orExit(() => loadConfig(process.env));
const log = createLogger(config.LOG_LEVEL);
const dataDir = resolve(root, config.DATA_DIR);
const db = orExit(() => openDatabaseFile(resolve(root, config.DATABASE_FILE), openDatabase));
const clientDir = join(root, 'client/dist');
const imagesDir = join(root, 'data/images');
log.info(seedCatalog(db, readCatalogFile(join(root, 'data/catalog.json')), imagesDir), 'catalog seeded');

const hasher = createPasswordHasher(config.BCRYPT_COST);
// A fresh demo database gets a staff member and a shopper; never in production, never once anyone exists.
const demoAccounts = config.NODE_ENV === 'production' ? null : await seedDemoAccounts(db, hasher.hash, Date.now());
if (demoAccounts) log.info({ emails: demoAccounts.map((a) => a.email) }, 'demo accounts created');

const app = createApp({
  config,
  db,
  log,
  hasher,
  commonPasswords: loadCommonPasswords(join(root, 'data/common-passwords.txt')),
  sessionSecret: resolveSessionSecret(config.SESSION_SECRET, dataDir),
  now: Date.now,
  clientDir: existsSync(join(clientDir, 'index.html')) ? clientDir : undefined,
  imagesDir,
  assistant: createAssistant(config),
});
// Before listening: answers a killed process left streaming are marked interrupted, then the timers start.
start(app);
const { httpServer, close } = app;

httpServer.listen(config.PORT, config.HOST, () => {
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info({ port }, 'listening');
  console.log(`VisionX Live is running at http://localhost:${port}`);
  // stdout only, never the logger: the passwords must not end up in collected logs.
  if (demoAccounts) console.log(formatDemoCredentials(demoAccounts, `http://localhost:${port}`));
});

const shutdown = (signal: string) => {
  log.info({ signal }, 'shutting down');
  void close()
    .then(() => db.$client.close())
    .finally(() => process.exit(0));
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
