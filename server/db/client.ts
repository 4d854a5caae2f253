import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.js';
import { makeTransactionsImmediate } from './immediate-transactions.js';
import { switchToWal } from './journal-mode.js';
import { migrateUnderLock } from './migrate-under-lock.js';
import { cacheStatements } from './statement-cache.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

const BUSY_TIMEOUT_MS = 5000;
const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2,
  foreign_keys: 1,
  busy_timeout: BUSY_TIMEOUT_MS,
} as const;

/** Open the database, set the pragmas the design requires, apply migrations, and check. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  // First: every statement after it, the migrations included, waits for a lock another process
  // holds (the server writing while `staff:create` opens the file) instead of failing at once with
  // "database is locked". The journal mode's switch can fail at once even so: it retries itself.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  switchToWal(sqlite, BUSY_TIMEOUT_MS);
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Before the statement cache: each migration statement runs once.
  migrateUnderLock(sqlite, MIGRATIONS);
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  makeTransactionsImmediate(db);
  assertPragmas(sqlite, file === ':memory:');
  return db;
}

/** The start-up self-check: refuse to run on a database without the durability settings. */
export function assertPragmas(sqlite: Database.Database, inMemory = false): void {
  for (const [name, want] of Object.entries(REQUIRED_PRAGMAS)) {
    const got = sqlite.pragma(name, { simple: true });
    if (name === 'journal_mode' && inMemory && got === 'memory') continue;
    if (got !== want) throw new Error(`Database self-check failed: PRAGMA ${name} is ${String(got)}, expected ${want}`);
  }
}

/** A transaction handle; repository functions accept either, so they compose inside transactions. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbLike = Db | Tx;
