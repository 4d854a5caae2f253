import { and, desc, eq, inArray, lt, or } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { orderLines, orders, products, reviews, variants } from '../../db/schema.js';
import { FORMER_CUSTOMER, type Review } from '../../../shared/reviews.js';
import type { PurchaseState } from './review-rules.js';

export type ReviewRow = typeof reviews.$inferSelect;
export type NewReview = Pick<
  typeof reviews.$inferInsert,
  'productId' | 'userId' | 'author' | 'rating' | 'title' | 'body' | 'createdAt'
>;

export const toReview = (r: ReviewRow): Review => ({
  id: r.id,
  productId: r.productId,
  author: r.author,
  rating: r.rating,
  title: r.title || null,
  body: r.body,
  verified: r.verified,
  createdAt: new Date(r.createdAt).toISOString(),
});

/** A verified review, or null when this shopper already has one for the product (the unique index decides). */
export function insertVerifiedReview(db: DbLike, review: NewReview): ReviewRow | null {
  return (
    db
      .insert(reviews)
      .values({ ...review, verified: true })
      .onConflictDoNothing({ target: [reviews.productId, reviews.userId] })
      .returning()
      .get() ?? null
  );
}

export function hasReviewed(db: DbLike, productId: number, userId: number): boolean {
  return !!db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.userId, userId)))
    .get();
}

/** Newest first; `after` continues below a review already shown (ties on the time broken by id). */
export function reviewsPage(db: DbLike, productId: number, limit: number, after?: ReviewRow): ReviewRow[] {
  const below = after
    ? or(lt(reviews.createdAt, after.createdAt), and(eq(reviews.createdAt, after.createdAt), lt(reviews.id, after.id)))
    : undefined;
  return db
    .select()
    .from(reviews)
    .where(and(eq(reviews.productId, productId), below))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit)
    .all();
}

export function findReview(db: DbLike, id: number): ReviewRow | undefined {
  return db.select().from(reviews).where(eq(reviews.id, id)).get();
}

const ON_ITS_WAY = ['placed', 'paid', 'packed', 'shipped'] as const;

/**
 * Whether the user's orders hold this product: by the line's variant, or by the slug the line
 * kept (a variant retired from the catalog since leaves the slug). Cancelled orders do not count.
 */
export function purchaseState(db: DbLike, userId: number, product: { id: number; slug: string }): PurchaseState {
  const rows = db
    .selectDistinct({ status: orders.status })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .leftJoin(variants, eq(variants.id, orderLines.variantId))
    .where(
      and(
        eq(orders.userId, userId),
        inArray(orders.status, ['delivered', ...ON_ITS_WAY]),
        or(eq(variants.productId, product.id), eq(orderLines.productSlug, product.slug)),
      ),
    )
    .all();
  if (rows.some((r) => r.status === 'delivered')) return 'delivered';
  return rows.length ? 'on-its-way' : 'none';
}

/** Erasure: the reviews stay (they are facts about products) but no longer point at the person. */
export function anonymiseReviews(db: DbLike, userId: number): void {
  db.update(reviews).set({ userId: null, author: FORMER_CUSTOMER }).where(eq(reviews.userId, userId)).run();
}

/** The data export's reviews section. */
export function reviewsByUser(db: DbLike, userId: number) {
  return db
    .select({
      product: products.name,
      slug: products.slug,
      author: reviews.author,
      rating: reviews.rating,
      title: reviews.title,
      body: reviews.body,
      createdAt: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(eq(reviews.userId, userId))
    .orderBy(reviews.id)
    .all()
    .map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
}
