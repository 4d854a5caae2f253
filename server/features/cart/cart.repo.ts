import { and, eq, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { cartLines, carts, products, variants } from '../../db/schema.js';
import type { Cart, CartLine } from '../../../shared/cart.js';
import { cartTotals } from './cart-pricing.js';

/** Whose cart: a signed-in user's, or a guest session's. */
export type CartOwner = { userId: number } | { sessionId: string };

const ownerWhere = (owner: CartOwner) =>
  'userId' in owner ? eq(carts.userId, owner.userId) : eq(carts.sessionId, owner.sessionId);

export function findCartId(db: DbLike, owner: CartOwner): { id: number; version: number } | undefined {
  return db.select({ id: carts.id, version: carts.version }).from(carts).where(ownerWhere(owner)).get();
}

/** The owner's cart id, creating the cart on first use. */
export function ensureCartId(db: DbLike, owner: CartOwner, now: number): number {
  const existing = findCartId(db, owner);
  if (existing) return existing.id;
  return db
    .insert(carts)
    .values({ ...owner, updatedAt: now })
    .returning({ id: carts.id })
    .get().id;
}

export function lineQuantity(db: DbLike, cartId: number, variantId: number): number {
  return (
    db
      .select({ q: cartLines.quantity })
      .from(cartLines)
      .where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, variantId)))
      .get()?.q ?? 0
  );
}

export function putLine(db: DbLike, cartId: number, variantId: number, quantity: number, now: number): void {
  db.insert(cartLines)
    .values({ cartId, variantId, quantity, addedAt: now })
    .onConflictDoUpdate({ target: [cartLines.cartId, cartLines.variantId], set: { quantity } })
    .run();
}

export function deleteLine(db: DbLike, cartId: number, variantId: number): number {
  return db
    .delete(cartLines)
    .where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, variantId)))
    .run().changes;
}

export function deleteAllLines(db: DbLike, cartId: number): number {
  return db.delete(cartLines).where(eq(cartLines.cartId, cartId)).run().changes;
}

export function bumpVersion(db: DbLike, cartId: number, now: number): void {
  db.update(carts)
    .set({ version: sql`${carts.version} + 1`, updatedAt: now })
    .where(eq(carts.id, cartId))
    .run();
}

export function deleteCart(db: DbLike, cartId: number): void {
  db.delete(carts).where(eq(carts.id, cartId)).run();
}

/** The cart as the shopper sees it: today's prices and stock from the catalog, totals computed here. */
export function readCart(db: DbLike, owner: CartOwner): Cart {
  const cart = findCartId(db, owner);
  if (!cart) return { version: 0, lines: [], ...cartTotals([]) };
  const rows = db
    .select({ line: cartLines, variant: variants, product: products })
    .from(cartLines)
    .innerJoin(variants, eq(variants.id, cartLines.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(cartLines.cartId, cart.id))
    .orderBy(cartLines.addedAt, cartLines.variantId)
    .all();
  const lines: CartLine[] = rows.map(({ line, variant, product }) => ({
    variantId: variant.id,
    productId: product.id,
    slug: product.slug,
    name: product.name,
    sku: variant.sku,
    colour: variant.colour,
    colourName: product.colours.find((c) => c.key === variant.colour)?.name ?? variant.colour,
    storageGb: variant.storageGb,
    image: product.images[variant.colour] ?? '',
    unitPriceCents: variant.priceCents,
    quantity: line.quantity,
    stock: variant.stock,
    lineTotalCents: variant.priceCents * line.quantity,
  }));
  return { version: cart.version, lines, ...cartTotals(lines) };
}

export function variantStock(db: DbLike, variantId: number): number | undefined {
  return db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId)).get()?.stock;
}
