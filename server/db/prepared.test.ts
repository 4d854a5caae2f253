import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { openDatabase, type Db, type DbLike } from './client.js';
import { preparedByShape, preparedPer } from './prepared.js';
import { chatMessages, chats, loginAttempts } from './schema.js';

/** The app's database on a real file, and a bare second connection to it (another process). */
const test = suite<{ db: Db; other: Database.Database; dir: string }>('prepared queries');
test.before.each((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'vx-prepared-'));
  ctx.db = openDatabase(join(ctx.dir, 'app.db'));
  ctx.other = new Database(join(ctx.dir, 'app.db'), { timeout: 0 });
});
test.after.each(({ db, other, dir }) => {
  other.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A counter row's queries, counting how often they are built. */
function counterQueries() {
  let builds = 0;
  const queries = preparedPer((db: DbLike) => {
    builds += 1;
    return {
      read: db
        .select({ n: loginAttempts.failures })
        .from(loginAttempts)
        .where(eq(loginAttempts.key, sql.placeholder('key')))
        .prepare(),
      bump: db
        .update(loginAttempts)
        .set({ failures: sql`${loginAttempts.failures} + 1` })
        .where(eq(loginAttempts.key, sql.placeholder('key')))
        .prepare(),
    };
  });
  return { queries, builds: () => builds };
}

const seedCounter = (db: Db) =>
  db.insert(loginAttempts).values({ key: 'k', failures: 0, lastFailureAt: 0, blockedUntil: 0 }).run();

test('[HOT1] built once per database: its transactions and their savepoints use the same queries', ({ db, dir }) => {
  const { queries, builds } = counterQueries();
  const outside = queries(db);
  db.transaction((tx) => {
    assert.is(queries(tx), outside);
    tx.transaction((savepoint) => assert.is(queries(savepoint), outside));
  });
  assert.is(builds(), 1);
  const second = openDatabase(join(dir, 'second.db'));
  assert.is.not(queries(second), outside);
  assert.is(builds(), 2);
  second.$client.close();
});

test('[HOT1] inside a transaction a prepared query sees its writes, and a rollback undoes its own', ({ db }) => {
  seedCounter(db);
  const { queries } = counterQueries();
  const q = queries(db);
  db.transaction((tx) => {
    tx.update(loginAttempts).set({ failures: 5 }).where(eq(loginAttempts.key, 'k')).run();
    assert.is(q.read.get({ key: 'k' })?.n, 5);
    q.bump.run({ key: 'k' });
  });
  assert.is(q.read.get({ key: 'k' })?.n, 6);
  assert.throws(() =>
    db.transaction(() => {
      q.bump.run({ key: 'k' });
      assert.is(q.read.get({ key: 'k' })?.n, 7);
      throw new Error('undo');
    }),
  );
  assert.is(q.read.get({ key: 'k' })?.n, 6);
});

test('[HOT1] [SHAREDB1] a transaction that runs only prepared queries still begins immediate', ({ db, other }) => {
  seedCounter(db);
  const { queries } = counterQueries();
  const q = queries(db);
  db.transaction(() => {
    // Before this transaction's first write: begun deferred, another connection could still write here.
    q.read.get({ key: 'k' });
    assert.throws(() => other.prepare("UPDATE login_attempts SET failures = 9 WHERE key = 'k'").run(), /locked|busy/i);
    q.bump.run({ key: 'k' });
  });
  assert.is(q.read.get({ key: 'k' })?.n, 1);
});

test('[HOT1] one query per set of columns given; values take their column’s encoding', ({ db }) => {
  const chat = db
    .insert(chats)
    .values({ sessionId: 's', department: 'sales', createdAt: 1, updatedAt: 1, currentAt: 1 })
    .returning()
    .get();
  let builds = 0;
  const insert = preparedByShape(chatMessages, (d, values) => {
    builds += 1;
    return d
      .insert(chatMessages)
      .values(values as never)
      .returning()
      .prepare();
  });
  const card = { kind: 'note', text: 'hi' };
  const put = (values: Record<string, unknown>) => {
    const { prepared, params } = insert(db, {
      chatId: chat.id,
      role: 'user',
      status: 'complete',
      createdAt: 2,
      ...values,
    });
    return prepared.get(params)!;
  };
  const first = put({ content: 'a', cards: [card] });
  const second = put({ cards: [], content: 'b', department: undefined });
  const plain = put({ content: 'c' });
  assert.is(builds, 2, 'the same columns in another order, or one undefined, is the same query');
  assert.equal([first.content, first.cards, second.content, second.cards], ['a', [card], 'b', []]);
  assert.equal(plain.cards, [], 'a column not given keeps its schema default');
  const raw = db.$client.prepare('select cards, tool_calls from chat_messages where id = ?').get(first.id);
  assert.equal(raw, { cards: JSON.stringify([card]), tool_calls: '[]' });
});

/** A nullable JSON column (the app's are all not null, with defaults). */
const probes = sqliteTable('probes', {
  id: integer('id').primaryKey(),
  meta: text('meta', { mode: 'json' }).$type<{ a: number }>(),
});

test('[HOT1] null given to a JSON column stores null, not the text null', ({ db }) => {
  db.$client.exec('create table probes (id integer primary key, meta text)');
  const insert = preparedByShape(probes, (d, values) => d.insert(probes).values(values).prepare());
  for (const [id, meta] of [
    [1, null],
    [2, { a: 1 }],
  ] as const) {
    const { prepared, params } = insert(db, { id, meta });
    prepared.run(params);
  }
  const rows = db.$client.prepare('select id, meta is null as empty, meta from probes order by id').all();
  assert.equal(rows, [
    { id: 1, empty: 1, meta: null },
    { id: 2, empty: 0, meta: '{"a":1}' },
  ]);
});

test.run();
