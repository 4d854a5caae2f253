import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { switchToWal } from './journal-mode.js';

/** A fresh file, another connection reading it (a shared lock held), and ours with no busy wait. */
function lockedFresh() {
  const dir = mkdtempSync(join(tmpdir(), 'vx-wal-'));
  const file = join(dir, 'fresh.db');
  const other = new Database(file);
  other.exec('BEGIN');
  other.prepare('SELECT count(*) FROM sqlite_master').get();
  const ours = new Database(file);
  ours.pragma('busy_timeout = 0'); // as SQLite answers two processes that deadlock: BUSY at once
  const done = () => {
    ours.close();
    other.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { other, ours, done };
}

test('[SHAREDB2] the switch to WAL that finds the file locked tries again and succeeds once the lock is gone', () => {
  const { other, ours, done } = lockedFresh();
  assert.throws(() => ours.pragma('journal_mode = WAL'), /locked/, 'without a retry it fails at once');
  let pauses = 0;
  switchToWal(ours, 5000, () => {
    pauses++;
    if (other.inTransaction) other.exec('COMMIT');
    return 0;
  });
  assert.is(pauses, 1, 'one pause, then the switch');
  assert.is(ours.pragma('journal_mode', { simple: true }), 'wal');
  done();
});

test('[SHAREDB2] the switch gives up with the SQLite error once the busy timeout has passed', () => {
  const { ours, done } = lockedFresh();
  const started = Date.now();
  assert.throws(
    () => switchToWal(ours, 50),
    (err: { code?: string }) => err.code === 'SQLITE_BUSY',
  );
  assert.ok(Date.now() - started >= 50, 'it waited the timeout');
  done();
});

test.run();
