import { eq } from 'drizzle-orm';
import { orders, products, variants } from '../db/schema.js';
import { moveOrder } from '../features/orders/orders.service.js';
import { FULFILMENT_PATH, type OrderStatus } from '../../shared/order-status.js';
import type { Order } from '../../shared/orders.js';
import type { TestApp, TestSocket } from './harness.js';
import { checkoutForm } from './shop-helpers.js';
import { ok } from './ack.js';

/** A product with stock to sell, by its place in the catalog (so tests can spread over products). */
export function productAt(app: TestApp, index: number): { id: number; slug: string; variantId: number } {
  const rows = app.ctx.db
    .select({ id: products.id, slug: products.slug, variantId: variants.id, stock: variants.stock })
    .from(products)
    .innerJoin(variants, eq(variants.productId, products.id))
    .all();
  const seen = new Map<number, { id: number; slug: string; variantId: number }>();
  for (const r of rows)
    if (r.stock >= 5 && !seen.has(r.id)) seen.set(r.id, { id: r.id, slug: r.slug, variantId: r.variantId });
  const product = [...seen.values()][index];
  if (!product) throw new Error(`no product with stock at index ${index}`);
  return product;
}

/** Buy one of the variant, then move the order along the state machine as the fulfilment simulator does. */
export async function buyAndMove(
  app: TestApp,
  socket: TestSocket,
  variantId: number,
  to: OrderStatus = 'delivered',
): Promise<Order> {
  const cart = ok(await socket.emitWithAck('cart:add', { variantId, quantity: 1 }));
  let order = ok(await socket.emitWithAck('checkout:place', checkoutForm(cart)));
  const { id } = app.ctx.db.select({ id: orders.id }).from(orders).where(eq(orders.number, order.number)).get()!;
  if (to === 'cancelled') return moveOrder(app.ctx, id, 'cancelled', 'shopper');
  const path: readonly OrderStatus[] = FULFILMENT_PATH;
  for (let i = path.indexOf(order.status) + 1; i <= path.indexOf(to); i++) {
    order = await moveOrder(app.ctx, id, path[i]!, 'system', 'Fulfilment update');
  }
  return order;
}

/** A newly registered shopper with a connected socket. */
export async function shopper(app: TestApp, name = 'Ada Lovelace') {
  const account = await app.register(undefined, undefined, name);
  return { ...account, socket: await app.connect(account.cookie) };
}

export const goodReview = (productId: number, extra: Record<string, unknown> = {}) => ({
  productId,
  rating: 4,
  title: 'Solid phone',
  body: 'Battery lasts two days and the screen is bright.',
  ...extra,
});
