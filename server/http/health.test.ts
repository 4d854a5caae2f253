import Database from 'better-sqlite3';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestApp, type TestApp } from '../test/harness.js';

const test = suite<{ app: TestApp }>('health and readiness');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());

async function probe(app: TestApp, path: '/healthz' | '/readyz') {
  const res = await app.api(path);
  assert.is(res.headers.get('cache-control'), 'no-store', path);
  return { status: res.status, body: (await res.json()) as unknown };
}

/** Run `check` while a second connection to the app's database file holds `hold`; always let go. */
async function whileHeld(app: TestApp, hold: (other: Database.Database) => void, check: () => Promise<void>) {
  const other = new Database(app.dbFile);
  try {
    hold(other);
    await check();
  } finally {
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
  }
}

test('a writable database: /healthz and /readyz answer 200', async ({ app }) => {
  assert.equal(await probe(app, '/healthz'), { status: 200, body: { ok: true } });
  assert.equal(await probe(app, '/readyz'), { status: 200, body: { ok: true } });
});

test('another connection holds the write lock: /readyz 503 "locked" at once, /healthz still 200; ready again when it lets go', async ({
  app,
}) => {
  await whileHeld(
    app,
    (other) => other.exec('BEGIN IMMEDIATE'),
    async () => {
      assert.equal(await probe(app, '/readyz'), { status: 503, body: { ok: false, database: 'locked' } });
      assert.equal(await probe(app, '/healthz'), { status: 200, body: { ok: true } });
      // The probe asks without waiting; the app's own writes still wait as long as before.
      assert.is(app.ctx.db.$client.pragma('busy_timeout', { simple: true }), 5000);
    },
  );
  assert.equal(await probe(app, '/readyz'), { status: 200, body: { ok: true } });
});

test('a read-only connection: /readyz 503 "read-only"', async ({ app }) => {
  const sqlite = app.ctx.db.$client;
  sqlite.pragma('query_only = ON');
  try {
    assert.equal(await probe(app, '/readyz'), { status: 503, body: { ok: false, database: 'read-only' } });
    assert.equal(await probe(app, '/healthz'), { status: 200, body: { ok: true } });
  } finally {
    sqlite.pragma('query_only = OFF');
  }
  assert.equal(await probe(app, '/readyz'), { status: 200, body: { ok: true } });
});

test.run();
