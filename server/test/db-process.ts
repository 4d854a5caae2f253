/**
 * A second (third…) process on the test's database file, driven over IPC by `db-processes.ts`.
 * It answers every request with `{ ok: true, … }` or `{ ok: false, code, message }`.
 */
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../db/client.js';
import { migrateUnderLock } from '../db/migrate-under-lock.js';
import { cartMutations, changeCartWithin } from '../features/cart/cart.service.js';
import { answerRequests } from './ipc-requests.js';

export type DbProcessRequest =
  | { op: 'open'; file: string }
  | { op: 'hold-write'; ms: number }
  | { op: 'hold-migration'; file: string; ms: number }
  | { op: 'cart-changes'; sessionId: string; variantId: number; times: number };

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));
let db: Db | undefined;
const opened = () => {
  if (!db) throw new Error('open first');
  return db;
};

function run(request: DbProcessRequest): unknown {
  switch (request.op) {
    case 'open':
      db?.$client.close();
      db = openDatabase(request.file);
      return { ok: true };
    case 'hold-write': {
      // Raw BEGIN/COMMIT so the lock is held across the timer while this process stays responsive.
      const sqlite = opened().$client;
      sqlite.exec('BEGIN IMMEDIATE');
      sqlite.prepare("UPDATE login_attempts SET failures = failures + 1 WHERE key = 'k'").run();
      setTimeout(() => sqlite.exec('COMMIT'), request.ms);
      return { ok: true };
    }
    case 'hold-migration': {
      // Half-way through migrating a fresh file: the migrations table is there (Drizzle's migrator
      // creates it on its own first), the migrations are applied but not yet committed.
      const sqlite = new Database(request.file);
      sqlite.pragma('journal_mode = WAL');
      sqlite.exec(
        'CREATE TABLE "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)',
      );
      sqlite.exec('BEGIN IMMEDIATE');
      migrateUnderLock(sqlite, MIGRATIONS); // a savepoint inside the open transaction
      setTimeout(() => sqlite.exec('COMMIT'), request.ms);
      return { ok: true };
    }
    case 'cart-changes': {
      // Each change is one transaction, as `changeCart` runs it; the last one leaves the line in.
      const owner = { sessionId: request.sessionId };
      const failures: string[] = [];
      for (let i = 0; i < request.times * 2 + 1; i++) {
        const now = Date.now();
        const change =
          i % 2 === 0 ? cartMutations.add(request.variantId, 1, now) : cartMutations.remove(request.variantId);
        try {
          opened().transaction((tx) => changeCartWithin(tx, owner, change, now));
        } catch (err) {
          failures.push((err as { code?: string }).code ?? String(err));
        }
      }
      return { ok: true, failures };
    }
  }
}

answerRequests(run);
