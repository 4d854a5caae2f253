import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalogFile } from '../features/catalog/catalog-file.js';
import { seedCatalog } from '../features/catalog/catalog.seed.js';
import { openDatabase } from './client.js';
import { variants } from './schema.js';
import { cacheStatements } from './statement-cache.js';

const test = suite('statement cache');
const root = resolve(fileURLToPath(import.meta.url), '../../..');

function fresh(max?: number) {
  const sqlite = new Database(':memory:');
  sqlite.exec('create table t (id integer primary key, name text)');
  cacheStatements(sqlite, max);
  return sqlite;
}

test('the same SQL gets the same compiled statement; other SQL another', () => {
  const sqlite = fresh();
  const a = sqlite.prepare('select * from t');
  assert.is(sqlite.prepare('select * from t'), a);
  assert.is.not(sqlite.prepare('select id from t'), a);
  sqlite.close();
});

test('a statement comes back in the modes a new one has, whatever the last caller switched on', () => {
  const sqlite = fresh();
  sqlite.prepare('insert into t (name) values (?)').run('Ada');
  assert.equal(sqlite.prepare('select id, name from t').raw().all(), [[1, 'Ada']]);
  assert.equal(sqlite.prepare('select id, name from t').all(), [{ id: 1, name: 'Ada' }]);
  assert.equal(sqlite.prepare('select name from t').pluck().get(), 'Ada');
  assert.equal(sqlite.prepare('select name from t').get(), { name: 'Ada' });
  assert.equal(sqlite.prepare('select id, name from t').expand().get(), { t: { id: 1, name: 'Ada' } });
  assert.equal(sqlite.prepare('select id, name from t').get(), { id: 1, name: 'Ada' });
  sqlite.close();
});

test('writes are reused too, with their own parameters each time', () => {
  const sqlite = fresh();
  const insert = sqlite.prepare('insert into t (name) values (?)');
  insert.run('Ada');
  assert.is(sqlite.prepare('insert into t (name) values (?)'), insert);
  sqlite.prepare('insert into t (name) values (?)').run('Grace');
  assert.equal(sqlite.prepare('select name from t order by id').pluck().all(), ['Ada', 'Grace']);
  sqlite.close();
});

test('past the limit the least recently used statement is dropped', () => {
  const sqlite = fresh(2);
  const a = sqlite.prepare('select 1');
  const b = sqlite.prepare('select 2');
  assert.is(sqlite.prepare('select 1'), a); // now b is the least recent
  sqlite.prepare('select 3');
  assert.is(sqlite.prepare('select 1'), a);
  assert.is.not(sqlite.prepare('select 2'), b, 'select 2 was compiled again');
  sqlite.close();
});

test('Drizzle over the cached database: mapped, plain and raw reads of the same rows stay right', () => {
  const db = openDatabase(':memory:');
  seedCatalog(db, readCatalogFile(join(root, 'data/catalog.json')), join(root, 'data/images'));
  const first = db.$client.prepare('select id, sku, stock from variants order by id limit 1').get() as {
    id: number;
    sku: string;
    stock: number;
  };
  for (let i = 0; i < 3; i++) {
    assert.equal(db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, first.id)).get(), {
      stock: first.stock,
    });
    assert.is(db.select().from(variants).where(eq(variants.id, first.id)).get()?.sku, first.sku);
    assert.equal(db.$client.prepare('select id, sku, stock from variants order by id limit 1').get(), first);
  }
  db.$client.close();
});

test.run();
