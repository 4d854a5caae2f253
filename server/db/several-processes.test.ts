import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, gt } from 'drizzle-orm';
import { openDatabase } from './client.js';
import { carts, loginAttempts, sessions, variants } from './schema.js';
import { readCart } from '../features/cart/cart.repo.js';
import { readCatalogFile } from '../features/catalog/catalog-file.js';
import { seedCatalog } from '../features/catalog/catalog.seed.js';
import { startDbProcess, type DbProcess } from '../test/db-processes.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const journal = JSON.parse(readFileSync(join(root, 'drizzle/meta/_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

/** Real processes on one file: what `WORKERS=N` will be. Two are started once for the suite. */
const test = suite<{ dir: string; a: DbProcess; b: DbProcess }>('one database file, several processes');
test.before(async (ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'vx-processes-'));
  [ctx.a, ctx.b] = await Promise.all([startDbProcess(), startDbProcess()]);
});
test.after(async ({ a, b, dir }) => {
  await Promise.all([a.stop(), b.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

test('[SHAREDB2] two processes opening a fresh file at once both start, and each migration is applied once', async ({
  dir,
  a,
  b,
}) => {
  for (let round = 1; round <= 10; round++) {
    const file = join(dir, `fresh-${round}.db`);
    const answers = await Promise.all([a.ask({ op: 'open', file }), b.ask({ op: 'open', file })]);
    assert.equal(answers, [{ ok: true }, { ok: true }], `round ${round}: ${JSON.stringify(answers)}`);
    const db = openDatabase(file);
    const applied = db.$client.prepare('SELECT hash FROM __drizzle_migrations').pluck().all();
    db.$client.close();
    assert.is(applied.length, journal.entries.length, `round ${round}: one row per migration`);
    assert.is(new Set(applied).size, applied.length);
  }
});

test('[SHAREDB2] a process opening the file while another is half-way through migrating waits, then has nothing to do', async ({
  dir,
  a,
}) => {
  const file = join(dir, 'half-way.db');
  assert.equal(await a.ask({ op: 'hold-migration', file, ms: 300 }), { ok: true });
  const db = openDatabase(file); // Drizzle's own migrator failed here: "table … already exists"
  const applied = db.$client.prepare('SELECT hash FROM __drizzle_migrations').pluck().all();
  db.$client.close();
  assert.is(applied.length, journal.entries.length, 'one row per migration');
});

test('[SHAREDB1] a transaction that finds another process writing waits for its commit, then reads it', async ({
  dir,
  a,
}) => {
  const file = join(dir, 'wait.db');
  const db = openDatabase(file);
  db.insert(loginAttempts).values({ key: 'k', failures: 0, lastFailureAt: 0, blockedUntil: 0 }).run();
  await a.ask({ op: 'open', file });
  // The other process holds the write lock (its +1 not yet committed) for a moment.
  assert.equal(await a.ask({ op: 'hold-write', ms: 300 }), { ok: true });
  db.transaction((tx) => {
    const seen = tx.select().from(loginAttempts).where(eq(loginAttempts.key, 'k')).get()!.failures;
    tx.update(loginAttempts)
      .set({ failures: seen + 1 })
      .where(eq(loginAttempts.key, 'k'))
      .run();
  });
  assert.is(db.select().from(loginAttempts).get()!.failures, 2, 'its +1 and ours');
  db.$client.close();
});

test('[SHAREDB1] two processes changing one cart at the same time: every change succeeds, none is lost', async ({
  dir,
  a,
  b,
}) => {
  const file = join(dir, 'carts.db');
  const db = openDatabase(file);
  seedCatalog(db, readCatalogFile(join(root, 'data/catalog.json')), join(root, 'data/images'));
  const now = Date.now();
  db.insert(sessions)
    .values({ id: 'guest', createdAt: now, lastSeenAt: now, expiresAt: now + 86_400_000 })
    .run();
  const [first, second] = db.select({ id: variants.id }).from(variants).where(gt(variants.stock, 0)).limit(2).all();
  await Promise.all([a.ask({ op: 'open', file }), b.ask({ op: 'open', file })]);

  const times = 100; // each process: 100 × (add, remove), then a last add
  const answers = await Promise.all([
    a.ask<{ ok: boolean; failures: string[] }>({ op: 'cart-changes', sessionId: 'guest', variantId: first!.id, times }),
    b.ask<{ ok: boolean; failures: string[] }>({
      op: 'cart-changes',
      sessionId: 'guest',
      variantId: second!.id,
      times,
    }),
  ]);
  assert.equal(
    answers.map((answer) => answer.failures),
    [[], []],
  );
  const cart = readCart(db, { sessionId: 'guest' });
  assert.equal(cart.lines.map((line) => [line.variantId, line.quantity]).sort(), [
    [first!.id, 1],
    [second!.id, 1],
  ]);
  const row = db
    .select()
    .from(carts)
    .where(and(eq(carts.sessionId, 'guest')))
    .get()!;
  assert.is(row.version, 2 * (2 * times + 1), 'one version per change');
  db.$client.close();
});

test.run();
