import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db, type DbLike } from './client.js';
import { loginAttempts } from './schema.js';

/** Two connections to one file, as two processes have: `db` is the app's, `other` a bare one. */
const test = suite<{ db: Db; other: Database.Database; dir: string }>(
  'write transactions begin immediate: a second connection cannot commit between a read and a write',
);
test.before.each((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'vx-immediate-'));
  ctx.db = openDatabase(join(ctx.dir, 'app.db'));
  ctx.db.insert(loginAttempts).values({ key: 'k', failures: 0, lastFailureAt: 0, blockedUntil: 0 }).run();
  // No waiting: whatever this connection is refused shows at once.
  ctx.other = new Database(join(ctx.dir, 'app.db'), { timeout: 0 });
});
test.after.each(({ db, other, dir }) => {
  other.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const failures = (db: DbLike) => db.select().from(loginAttempts).where(eq(loginAttempts.key, 'k')).get()!.failures;
const bumpElsewhere = (other: Database.Database) =>
  other.prepare("UPDATE login_attempts SET failures = failures + 1 WHERE key = 'k'").run();
const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
};

test('[SHAREDB1] the hazard: a deferred transaction fails when another connection commits between its read and its write', ({
  db,
  other,
}) => {
  const code = codeOf(() =>
    db.transaction(
      (tx) => {
        const seen = failures(tx);
        bumpElsewhere(other); // another process commits here
        tx.update(loginAttempts)
          .set({ failures: seen + 1 })
          .where(eq(loginAttempts.key, 'k'))
          .run();
      },
      { behavior: 'deferred' },
    ),
  );
  assert.is(code, 'SQLITE_BUSY_SNAPSHOT', 'the upgrade fails at once; no busy timeout applies');
  assert.is(failures(db), 1, 'only the other connection’s change is stored');
});

test('[SHAREDB1] by default the transaction holds the write lock from BEGIN: the other writer waits, nothing is lost', ({
  db,
  other,
}) => {
  let refused: string | undefined;
  db.transaction((tx) => {
    const seen = failures(tx);
    refused = codeOf(() => bumpElsewhere(other));
    tx.update(loginAttempts)
      .set({ failures: seen + 1 })
      .where(eq(loginAttempts.key, 'k'))
      .run();
  });
  assert.is(refused, 'SQLITE_BUSY', 'the other connection could not write in between (it would wait)');
  bumpElsewhere(other); // its retry after the commit
  assert.is(failures(db), 2, 'both increments are stored');
});

test('[SHAREDB1] a read-only snapshot may still ask for deferred, and then does not block writers', ({ db, other }) => {
  const seen = db.transaction(
    (tx) => {
      const before = failures(tx);
      bumpElsewhere(other);
      return [before, failures(tx)];
    },
    { behavior: 'deferred' },
  );
  assert.equal(seen, [0, 0], 'one snapshot throughout');
  assert.is(failures(db), 1);
});

test('[SHAREDB1] nested transactions stay savepoints: an inner failure rolls back alone', ({ db }) => {
  db.transaction((tx) => {
    tx.update(loginAttempts).set({ failures: 5 }).where(eq(loginAttempts.key, 'k')).run();
    const inner = codeOf(() =>
      tx.transaction((sp) => {
        sp.update(loginAttempts).set({ failures: 9 }).where(eq(loginAttempts.key, 'k')).run();
        throw Object.assign(new Error('inner'), { code: 'INNER' });
      }),
    );
    assert.is(inner, 'INNER');
  });
  assert.is(failures(db), 5);
});

test.run();
