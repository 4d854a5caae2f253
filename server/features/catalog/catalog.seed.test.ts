import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { count, eq } from 'drizzle-orm';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openDatabase } from '../../db/client.js';
import { products, reviews, variants } from '../../db/schema.js';
import { readCatalogFile } from './catalog-file.js';
import { seedCatalog } from './catalog.seed.js';
import { matchText } from './search-index.js';
import { changeStock } from './stock.js';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const catalog = readCatalogFile(join(root, 'data/catalog.json'));
const images = join(root, 'data/images');

test('seeding again (a restart) updates the catalog but never resets stock or duplicates reviews', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vx-seed-'));
  const db = openDatabase(join(dir, 'app.db'));
  try {
    assert.equal(seedCatalog(db, catalog, images), { products: 20, variants: 75 });
    const sku = catalog.products[0]!.variants[0]!.sku;
    const row = db.select().from(variants).where(eq(variants.sku, sku)).get()!;
    changeStock(db, row.id, -1);
    const reviewCount = db.select({ n: count() }).from(reviews).get()!.n;

    const renamed = structuredClone(catalog);
    renamed.products[0]!.name = 'Vision X Pro Max Ultra (2026)';
    renamed.products[0]!.variants[0]!.priceCents += 100;
    seedCatalog(db, renamed, images);

    const after = db.select().from(variants).where(eq(variants.sku, sku)).get()!;
    assert.is(after.stock, row.stock - 1, 'stock kept');
    assert.is(after.priceCents, row.priceCents + 100, 'price updated');
    assert.is(
      db.select().from(products).where(eq(products.id, row.productId)).get()!.name,
      'Vision X Pro Max Ultra (2026)',
    );
    assert.is(db.select({ n: count() }).from(reviews).get()!.n, reviewCount, 'no duplicate reviews');
    assert.is(db.select({ n: count() }).from(products).get()!.n, 20);
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after a re-seed, typo correction knows the new words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vx-seed-'));
  const db = openDatabase(join(dir, 'app.db'));
  try {
    seedCatalog(db, catalog, images);
    assert.is(matchText(db, 'zephyrine').corrected, null, 'no such word yet (and the vocabulary is now cached)');
    const renamed = structuredClone(catalog);
    renamed.products[0]!.name = 'Vision X Zephyrine';
    seedCatalog(db, renamed, images);
    assert.is(matchText(db, 'zephyrime').corrected, 'zephyrine');
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a catalog file that breaks the rules is refused with the path of the problem', () => {
  const broken = structuredClone(catalog) as unknown as { products: { variants: { colour: string }[] }[] };
  broken.products[0]!.variants[0]!.colour = 'plaid';
  const dir = mkdtempSync(join(tmpdir(), 'vx-cat-'));
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(broken));
  try {
    assert.throws(() => readCatalogFile(join(dir, 'catalog.json')), /products\.0/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('accessories carry the phones they fit; a fit naming anything but a catalog phone is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vx-seed-'));
  const db = openDatabase(join(dir, 'app.db'));
  try {
    seedCatalog(db, catalog, images);
    const fitsOf = (slug: string) =>
      db
        .select()
        .from(products)
        .where(eq(products.slug, slug))
        .get()!
        .fits.map((f) => f.slug);
    assert.equal(fitsOf('vision-go-loop-case'), ['vision-go']);
    assert.not.ok(fitsOf('visionx-qi2-wireless-pad').includes('vision-go'), 'the Vision Go has no wireless charging');
    assert.equal(fitsOf('vision-go'), [], 'phones fit nothing');
    const bad = structuredClone(catalog);
    bad.products.find((p) => p.slug === 'vision-go-loop-case')!.fits = [{ slug: 'vision-buds-pro' }];
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    assert.throws(() => readCatalogFile(file), /every fit names a phone/);
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
