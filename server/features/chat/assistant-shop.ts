import { eq } from 'drizzle-orm';
import type { AssistantShop } from '../../assistant/assistant.js';
import type { AppContext } from '../../context.js';
import { users } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { readOwnCart } from '../cart/cart.service.js';
import { toCard } from '../catalog/catalog-filter.js';
import { getProduct, listCatalog } from '../catalog/catalog.service.js';
import { listOwnOrders, ownOrder } from '../orders/orders.service.js';
import { toOrder } from '../orders/orders.repo.js';

/** not_found becomes null; any other failure goes on. */
function orNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

/**
 * The shop the assistant's tools read (the port in server/assistant/assistant.ts), for the
 * shopper of `session`: the catalog as its pages show it, and only this shopper's cart and orders.
 */
export function assistantShop(ctx: AppContext, session: LiveSession): AssistantShop {
  const { db } = ctx;
  return {
    listCatalog: (query) => listCatalog(ctx, query),
    catalog: () => ctx.catalog.records(),
    productDetail: (slug) => orNull(() => getProduct(ctx, slug)),
    productBySlug: (slug) => ctx.catalog.bySlug(slug)?.product,
    variantsOf: (productId) => ctx.catalog.byId(productId)?.variants ?? [],
    card: (record) => toCard({ record, variants: record.variants }),
    cart: () => readOwnCart(ctx, session),
    order: (number) => orNull(() => toOrder(db, ownOrder(ctx, session, number))),
    orders: () => listOwnOrders(ctx, session),
  };
}

/** The signed-in shopper's first name, for an engine that greets by name (Voiceflow's variables); null for a guest. */
export function shopperFirstName(ctx: AppContext, session: LiveSession): string | null {
  if (session.userId === null) return null;
  const name = ctx.db.select({ name: users.name }).from(users).where(eq(users.id, session.userId)).get()?.name;
  return name?.trim().split(/\s+/)[0] || null;
}
