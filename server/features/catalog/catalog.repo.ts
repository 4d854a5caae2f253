import { eq, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { products, reviews, variants } from '../../db/schema.js';
import type { RatingSummary, Variant } from '../../../shared/catalog.js';
import { specFigures, type SpecFigures } from './spec-figures.js';

export type ProductRow = typeof products.$inferSelect;
export type VariantRow = typeof variants.$inferSelect;

/** A product with its variants and rating: the unit the listing filters, facets and sorts. */
export interface CatalogRecord {
  product: ProductRow;
  variants: VariantRow[];
  rating: RatingSummary;
  /** Battery, weight, screen, camera and storage figures read from the specs, for the spec sorts. */
  figures: SpecFigures;
}

/** The whole catalog in three queries. It is small (tens of products); see ADR 004 for the limit. */
export function loadCatalog(db: DbLike): CatalogRecord[] {
  const byProduct = new Map<number, VariantRow[]>();
  for (const v of db.select().from(variants).orderBy(variants.priceCents, variants.id).all()) {
    const list = byProduct.get(v.productId) ?? [];
    list.push(v);
    byProduct.set(v.productId, list);
  }
  const ratings = ratingSummaries(db);
  return db
    .select()
    .from(products)
    .orderBy(products.id)
    .all()
    .map((product) => ({
      product,
      variants: byProduct.get(product.id) ?? [],
      rating: ratings.get(product.id) ?? { average: null, count: 0 },
      figures: specFigures(product.specs),
    }));
}

function ratingSummaries(db: DbLike): Map<number, RatingSummary> {
  const rows = db
    .select({
      productId: reviews.productId,
      average: sql<number>`avg(${reviews.rating})`,
      count: sql<number>`count(*)`,
    })
    .from(reviews)
    .groupBy(reviews.productId)
    .all();
  return new Map(rows.map((r) => [r.productId, { average: Math.round(r.average * 10) / 10, count: r.count }]));
}

export function findProductBySlug(db: DbLike, slug: string): ProductRow | undefined {
  return db.select().from(products).where(eq(products.slug, slug)).get();
}

export function findProductById(db: DbLike, id: number): ProductRow | undefined {
  return db.select().from(products).where(eq(products.id, id)).get();
}

export function variantsOf(db: DbLike, productId: number): VariantRow[] {
  return db
    .select()
    .from(variants)
    .where(eq(variants.productId, productId))
    .orderBy(variants.priceCents, variants.id)
    .all();
}

/** Count of reviews per star, index 0 = one star. */
export function ratingDistribution(db: DbLike, productId: number): [number, number, number, number, number] {
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  const rows = db
    .select({ rating: reviews.rating, n: sql<number>`count(*)` })
    .from(reviews)
    .where(eq(reviews.productId, productId))
    .groupBy(reviews.rating)
    .all();
  for (const r of rows) counts[r.rating - 1] = r.n;
  return counts;
}

export const toVariant = (v: VariantRow): Variant => ({
  id: v.id,
  sku: v.sku,
  colour: v.colour,
  storageGb: v.storageGb,
  priceCents: v.priceCents,
  stock: v.stock,
  stockVersion: v.stockVersion,
});
