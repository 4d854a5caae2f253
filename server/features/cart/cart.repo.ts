import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { preparedPer } from '../../db/prepared.js';
import { cartLines, carts, products, variants } from '../../db/schema.js';
import type { Cart, CartLine } from '../../../shared/cart.js';
import { cartTotals } from './cart-pricing.js';

/** Whose cart: a signed-in user's, or a guest session's. */
export type CartOwner = { userId: number } | { sessionId: string };

const id = (name: string) => sql.placeholder(name);

/** Every per-request query of the cart, prepared once per database ([HOT1]). */
const cartQueries = preparedPer((db) => {
  const cartBy = (where: SQL) => db.select({ id: carts.id, version: carts.version }).from(carts).where(where).prepare();
  const line = and(eq(cartLines.cartId, id('cartId')), eq(cartLines.variantId, id('variantId')));
  return {
    byUser: cartBy(eq(carts.userId, id('userId'))),
    bySession: cartBy(eq(carts.sessionId, id('sessionId'))),
    insertCart: db
      .insert(carts)
      .values({ userId: id('userId'), sessionId: id('sessionId'), updatedAt: id('now') })
      .returning({ id: carts.id })
      .prepare(),
    lineQuantity: db.select({ q: cartLines.quantity }).from(cartLines).where(line).prepare(),
    putLine: db
      .insert(cartLines)
      .values({ cartId: id('cartId'), variantId: id('variantId'), quantity: id('quantity'), addedAt: id('now') })
      .onConflictDoUpdate({
        target: [cartLines.cartId, cartLines.variantId],
        set: { quantity: sql`excluded.quantity` },
      })
      .prepare(),
    deleteLine: db.delete(cartLines).where(line).prepare(),
    deleteAllLines: db
      .delete(cartLines)
      .where(eq(cartLines.cartId, id('cartId')))
      .prepare(),
    bumpVersion: db
      .update(carts)
      .set({ version: sql`${carts.version} + 1`, updatedAt: sql`${id('now')}` })
      .where(eq(carts.id, id('cartId')))
      .prepare(),
    deleteCart: db
      .delete(carts)
      .where(eq(carts.id, id('cartId')))
      .prepare(),
    // Only what a cart line shows: a whole product row would parse its specs' JSON on every read.
    lines: db
      .select({
        line: { quantity: cartLines.quantity },
        variant: {
          id: variants.id,
          sku: variants.sku,
          colour: variants.colour,
          storageGb: variants.storageGb,
          priceCents: variants.priceCents,
          stock: variants.stock,
        },
        product: {
          id: products.id,
          slug: products.slug,
          name: products.name,
          colours: products.colours,
          images: products.images,
        },
      })
      .from(cartLines)
      .innerJoin(variants, eq(variants.id, cartLines.variantId))
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(cartLines.cartId, id('cartId')))
      .orderBy(cartLines.addedAt, cartLines.variantId)
      .prepare(),
    variantStock: db
      .select({ stock: variants.stock })
      .from(variants)
      .where(eq(variants.id, id('variantId')))
      .prepare(),
  };
});

export function findCartId(db: DbLike, owner: CartOwner): { id: number; version: number } | undefined {
  const queries = cartQueries(db);
  return 'userId' in owner ? queries.byUser.get(owner) : queries.bySession.get(owner);
}

/** The owner's cart id, creating the cart on first use. */
export function ensureCartId(db: DbLike, owner: CartOwner, now: number): number {
  const existing = findCartId(db, owner);
  if (existing) return existing.id;
  const userId = 'userId' in owner ? owner.userId : null;
  const sessionId = 'sessionId' in owner ? owner.sessionId : null;
  return cartQueries(db).insertCart.get({ userId, sessionId, now })!.id;
}

export function lineQuantity(db: DbLike, cartId: number, variantId: number): number {
  return cartQueries(db).lineQuantity.get({ cartId, variantId })?.q ?? 0;
}

export function putLine(db: DbLike, cartId: number, variantId: number, quantity: number, now: number): void {
  cartQueries(db).putLine.run({ cartId, variantId, quantity, now });
}

export function deleteLine(db: DbLike, cartId: number, variantId: number): number {
  return cartQueries(db).deleteLine.run({ cartId, variantId }).changes;
}

export function deleteAllLines(db: DbLike, cartId: number): number {
  return cartQueries(db).deleteAllLines.run({ cartId }).changes;
}

export function bumpVersion(db: DbLike, cartId: number, now: number): void {
  cartQueries(db).bumpVersion.run({ cartId, now });
}

export function deleteCart(db: DbLike, cartId: number): void {
  cartQueries(db).deleteCart.run({ cartId });
}

/** The cart as the shopper sees it: today's prices and stock from the catalog, totals computed here. */
export function readCart(db: DbLike, owner: CartOwner): Cart {
  const cart = findCartId(db, owner);
  if (!cart) return { version: 0, lines: [], ...cartTotals([]) };
  const rows = cartQueries(db).lines.all({ cartId: cart.id });
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
  return cartQueries(db).variantStock.get({ variantId })?.stock;
}
