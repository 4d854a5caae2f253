import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Cart } from '../../shared/cart.js';
import type { CheckoutInput } from '../../shared/checkout.js';
import type { Order } from '../../shared/orders.js';
import type { OrderStatus } from '../../shared/order-status.js';
import type { AssistantShop } from '../assistant/assistant.js';
import { orders, variants } from '../db/schema.js';
import { loadLiveSession, type LiveSession } from '../features/auth/sessions.repo.js';
import { assistantShop } from '../features/chat/assistant-shop.js';
import { moveOrder } from '../features/orders/orders.service.js';
import { TEST_CARDS } from '../features/payments/test-provider.js';
import { ok } from './ack.js';
import type { TestApp, TestSocket } from './harness.js';

export const stockOf = (app: TestApp, variantId: number) =>
  app.ctx.db.select().from(variants).where(eq(variants.id, variantId)).get()!.stock;

/** Put one line per quantity in the socket's cart, each a different variant with room to spare. */
export async function fillCart(app: TestApp, socket: TestSocket, quantities: number[]): Promise<Cart> {
  const picked: number[] = [];
  let cart!: Cart;
  for (const q of quantities) {
    const v = app.ctx.db
      .select()
      .from(variants)
      .all()
      .find((x) => x.stock >= q + 2 && !picked.includes(x.id))!;
    picked.push(v.id);
    cart = ok(await socket.emitWithAck('cart:add', { variantId: v.id, quantity: q }));
  }
  return cart;
}

export function checkoutForm(
  cart: Pick<Cart, 'version'>,
  card: string = TEST_CARDS.success,
  key = randomUUID(),
): CheckoutInput {
  return {
    idempotencyKey: key,
    cartVersion: cart.version,
    email: 'ada@example.com',
    phone: '+1 415 555 0100',
    address: {
      name: 'Ada Lovelace',
      line1: '1 Market St',
      city: 'San Francisco',
      region: 'CA',
      postalCode: '94105',
      country: 'US',
    },
    shippingMethod: 'standard',
    card: { number: card, expiry: '12/30', cvc: '123', name: 'Ada Lovelace' },
  };
}

export async function placeOrder(app: TestApp, socket: TestSocket, quantities = [1]): Promise<Order> {
  return ok(await socket.emitWithAck('checkout:place', checkoutForm(await fillCart(app, socket, quantities))));
}

/** Move an order one status after another as staff would, through the same state machine. */
export async function moveOrderAs(
  app: TestApp,
  number: string,
  to: OrderStatus[],
  actor: 'staff' | 'system' = 'staff',
): Promise<Order> {
  const row = app.ctx.db.select({ id: orders.id }).from(orders).where(eq(orders.number, number)).get();
  if (!row) throw new Error(`no order ${number}`);
  let order: Order | undefined;
  for (const status of to) order = await moveOrder(app.ctx, row.id, status, actor);
  if (!order) throw new Error('no status to move to');
  return order;
}

/** The live session a session id names (it must be one). */
export function liveSession(app: TestApp, sessionId: string): LiveSession {
  const session = loadLiveSession(app.ctx.db, sessionId, app.clock.now);
  if (!session) throw new Error('no live session for the shopper');
  return session;
}

/** The shop as the assistant's tools read it for `session`: what a conversation of that shopper gets. */
export const assistantShopFor = (app: TestApp, session: LiveSession): AssistantShop => assistantShop(app.ctx, session);
