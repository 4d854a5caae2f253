import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, DbLike } from '../../db/client.js';
import { products, reviews, variants } from '../../db/schema.js';
import { viewFile, viewsOf } from '../../../shared/product-views.js';
import type { CatalogFile, CatalogFileProduct } from './catalog-file.js';
import { forgetVocabulary, searchDocument } from './search-index.js';

/**
 * Idempotent: upsert products by slug and variants by SKU. Stock is written only for a new
 * variant, never reset on a restart; imported reviews are added once.
 */
export function seedCatalog(db: Db, catalog: CatalogFile, imagesDir: string): { products: number; variants: number } {
  let variantCount = 0;
  db.transaction((tx) => {
    for (const product of catalog.products) {
      const id = upsertProduct(tx, product, imageUrls(product, imagesDir));
      for (const v of product.variants) {
        const row = { productId: id, sku: v.sku, colour: v.colour, storageGb: v.storageGb, priceCents: v.priceCents };
        tx.insert(variants)
          .values({ ...row, stock: v.stock })
          .onConflictDoUpdate({ target: variants.sku, set: row })
          .run();
        variantCount++;
      }
      for (const r of product.reviews) {
        const same = and(
          eq(reviews.productId, id),
          isNull(reviews.userId),
          eq(reviews.author, r.author),
          eq(reviews.title, r.title),
        );
        if (tx.select({ id: reviews.id }).from(reviews).where(same).get()) continue;
        tx.insert(reviews)
          .values({
            productId: id,
            userId: null,
            author: r.author,
            rating: r.rating,
            title: r.title,
            body: r.body,
            createdAt: Date.parse(r.date),
          })
          .run();
      }
      indexProduct(tx, id, product);
    }
  });
  forgetVocabulary(db); // the index's terms may have changed: typo correction must see the new ones
  return { products: catalog.products.length, variants: variantCount };
}

function upsertProduct(tx: DbLike, p: CatalogFileProduct, images: Record<string, string>): number {
  const row = {
    slug: p.slug,
    name: p.name,
    category: p.category,
    tagline: p.tagline,
    description: p.description,
    tags: p.tags,
    colours: p.colours,
    specs: p.specs,
    fits: p.fits,
    images,
    releaseDate: p.releaseDate,
    featured: p.featured,
  };
  return tx
    .insert(products)
    .values(row)
    .onConflictDoUpdate({ target: products.slug, set: row })
    .returning({ id: products.id })
    .get().id;
}

/**
 * The front image's URL per colour, with a content hash over every view of the colour: the files
 * are cached as immutable, and the gallery's URLs are the front's with the view's file
 * (shared/product-views.ts `galleryOf`).
 */
function imageUrls(p: CatalogFileProduct, imagesDir: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const c of p.colours) {
    const hash = createHash('sha256');
    for (const view of viewsOf(p.category)) hash.update(readFileSync(join(imagesDir, p.slug, viewFile(c.key, view))));
    urls[c.key] = `/images/${p.slug}/${viewFile(c.key, 'front')}?v=${hash.digest('hex').slice(0, 10)}`;
  }
  return urls;
}

function indexProduct(tx: DbLike, id: number, p: CatalogFileProduct): void {
  const doc = searchDocument(p);
  tx.run(sql`delete from product_search where rowid = ${id}`);
  tx.run(sql`insert into product_search (rowid, name, category, tags, colours, specs, description)
    values (${id}, ${doc.name}, ${doc.category}, ${doc.tags}, ${doc.colours}, ${doc.specs}, ${doc.description})`);
}
