import type Database from 'better-sqlite3';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * `PRAGMA journal_mode = WAL`, retried while another process holds the lock it needs.
 *
 * On a fresh file the switch reads the header under a shared lock and then needs the exclusive
 * one. When two processes do that at once each holds what the other waits for, and SQLite
 * answers one of them SQLITE_BUSY at once without calling the busy handler (it would deadlock):
 * 8 of 80 paired starts failed so. The one that lost lets go of its shared lock with the error,
 * so trying again after a short, jittered pause succeeds once the other has switched. Within the
 * busy timeout, like every other wait on the file; synchronous, as opening the database is.
 */
export function switchToWal(sqlite: Database.Database, timeoutMs: number, jitter = Math.random): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw err;
      Atomics.wait(pause, 0, 0, 5 + jitter() * 20);
    }
  }
}
