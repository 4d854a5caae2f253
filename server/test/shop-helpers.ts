import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Cart } from '../../shared/cart.js';
import type { CheckoutInput } from '../../shared/checkout.js';
import type { Order } from '../../shared/orders.js';
import { variants } from '../db/schema.js';
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
