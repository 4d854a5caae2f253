import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from './client.js';
import { createGroupCommit } from './group-commit.js';
import { loginAttempts } from './schema.js';

const test = suite<{ db: Db; dir: string }>('group commit: one transaction per event-loop turn, each write on its own');
test.before((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'vx-group-'));
  ctx.db = openDatabase(join(ctx.dir, 'app.db'));
});
test.after(({ db, dir }) => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const put = (key: string) => (tx: Parameters<Parameters<ReturnType<typeof createGroupCommit>['run']>[0]>[0]) => {
  tx.insert(loginAttempts).values({ key, failures: 1, lastFailureAt: 0, blockedUntil: 0 }).run();
  return key;
};
const has = (db: Db, key: string) =>
  db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get() !== undefined;

test('writes queued in one turn commit together: one transaction for three writes', async ({ db }) => {
  const group = createGroupCommit(db);
  const sqlite = db.$client;
  const original = sqlite.transaction;
  let transactions = 0;
  sqlite.transaction = ((fn: Parameters<typeof original>[0]) => {
    transactions += 1;
    return original.call(sqlite, fn);
  }) as typeof original;
  try {
    const done = Promise.all([group.run(put('a')), group.run(put('b')), group.run(put('c'))]);
    assert.not.ok(has(db, 'a'), 'nothing is written before the turn ends');
    assert.equal(await done, ['a', 'b', 'c']);
  } finally {
    sqlite.transaction = original;
  }
  assert.ok(has(db, 'a') && has(db, 'b') && has(db, 'c'));
  assert.is(transactions, 1, 'one commit (savepoints inside it)');
});

test('one failing write is rolled back alone and rejects alone', async ({ db }) => {
  const group = createGroupCommit(db);
  const results = await Promise.allSettled([group.run(put('x')), group.run(put('x')), group.run(put('y'))]);
  assert.equal(
    results.map((r) => r.status),
    ['fulfilled', 'rejected', 'fulfilled'],
  );
  assert.ok(has(db, 'x') && has(db, 'y'));
});

test('writes queued in a later turn form a new group', async ({ db }) => {
  const group = createGroupCommit(db);
  await group.run(put('first'));
  assert.ok(has(db, 'first'));
  assert.is(await group.run(put('second')), 'second');
});

test.run();
