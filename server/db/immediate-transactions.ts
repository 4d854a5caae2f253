import type { Db } from './client.js';

/**
 * Makes `BEGIN IMMEDIATE` the default for the app's outer transactions (ADR 026).
 *
 * A deferred transaction starts as a reader and upgrades to a writer at its first write. When
 * another connection (another process on the same file) commits in between, the upgrade fails
 * at once with SQLITE_BUSY_SNAPSHOT: the busy timeout never applies to it, because waiting could
 * not make the stale snapshot current (https://www.sqlite.org/lang_transaction.html,
 * better-sqlite3 issue #1067). An immediate transaction takes the write lock at BEGIN, where the
 * busy timeout does apply, so it waits for the other writer and then reads current data.
 *
 * Nested `tx.transaction(…)` calls are savepoints inside the outer one and are unaffected. A caller
 * may still pass `{ behavior: 'deferred' }` for a read-only snapshot that must not queue behind
 * writers.
 */
export function makeTransactionsImmediate(db: Db): void {
  const begin = db.transaction.bind(db);
  db.transaction = ((work, config) => begin(work, { behavior: 'immediate', ...config })) as Db['transaction'];
}
