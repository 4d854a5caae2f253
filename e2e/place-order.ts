import { randomUUID } from 'node:crypto';
import type { BrowserContext } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import type { Cart } from '../shared/cart.js';
import type { Variant } from '../shared/catalog.js';
import type { CheckoutInput } from '../shared/checkout.js';
import type {
  ClientToServerEvents,
  RequestEvent,
  RequestInput,
  RequestOutput,
  ServerToClientEvents,
} from '../shared/events.js';
import type { Order } from '../shared/orders.js';
import type { ServerResult } from '../shared/result.js';
import { ok } from '../server/test/ack.js';

/** The well-known test card the built-in payment provider accepts. */
export const TEST_CARD = '4242 4242 4242 4242';

export interface OrderItem {
  slug: string;
  colour?: string;
  storageGb?: number | null;
  quantity?: number;
}

export interface Buyer {
  email: string;
  name: string;
}

/** A valid checkout for the cart at `cartVersion`: a US address with state and ZIP, the test card. */
export function checkoutPayload(cartVersion: number, buyer: Buyer): CheckoutInput {
  return {
    idempotencyKey: randomUUID(),
    cartVersion,
    email: buyer.email,
    phone: '+1 415 555 0100',
    address: {
      name: buyer.name,
      line1: '500 Howard St',
      line2: 'Floor 3',
      city: 'San Francisco',
      region: 'CA',
      postalCode: '94105',
      country: 'US',
    },
    shippingMethod: 'standard',
    card: { number: TEST_CARD, expiry: '12/34', cvc: '123', name: buyer.name },
  };
}

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A Socket.IO connection from the test process that acts as the browser context's shopper:
 * it sends the context's cookies (so it is the same guest or account as the pages) and the
 * site's Origin (the server refuses other origins). Journeys use it to create real orders
 * while the checkout UI is not theirs to drive, and to read stock exactly.
 */
export class ShopperSocket {
  private constructor(private readonly socket: AppSocket) {}

  static async open(context: BrowserContext, baseURL: string): Promise<ShopperSocket> {
    // A context that has not loaded the site yet has no session: /api/auth/me hands out a guest one.
    if ((await context.cookies(baseURL)).length === 0) await context.request.get(new URL('/api/auth/me', baseURL).href);
    const cookie = (await context.cookies(baseURL)).map((c) => `${c.name}=${c.value}`).join('; ');
    const socket: AppSocket = io(baseURL, {
      transports: ['websocket'],
      extraHeaders: { Cookie: cookie, Origin: new URL(baseURL).origin },
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return new ShopperSocket(socket);
  }

  /** Send a request; a refusal throws with the server's error, so the journey says why. */
  async request<E extends RequestEvent>(event: E, payload: RequestInput<E>): Promise<RequestOutput<E>> {
    // socket.io's ack typing cannot follow a generic event name; the event maps still type E.
    const emitter = this.socket.timeout(8000) as unknown as {
      emitWithAck(e: string, p: unknown): Promise<ServerResult<RequestOutput<E>>>;
    };
    return ok(await emitter.emitWithAck(event, payload), event);
  }

  /** The variant of a product with the given colour (and storage), as the catalog has it now. */
  async variant(item: OrderItem): Promise<Variant> {
    const product = await this.request('catalog:get', { slug: item.slug });
    const found = product.variants.find(
      (v) =>
        (item.colour === undefined || v.colour === item.colour) &&
        (item.storageGb === undefined || v.storageGb === item.storageGb),
    );
    if (!found) throw new Error(`${item.slug} has no variant ${item.colour ?? ''} ${item.storageGb ?? ''}`);
    return found;
  }

  async stockOf(item: OrderItem): Promise<number> {
    return (await this.variant(item)).stock;
  }

  /** Put the items in the shopper's cart (on top of what it holds) and check out with the test card. */
  async placeOrder(
    items: OrderItem[],
    buyer: Buyer = { email: 'robin.vega@example.com', name: 'Robin Vega' },
  ): Promise<Order> {
    let cart: Cart | undefined;
    for (const item of items) {
      const variant = await this.variant(item);
      cart = await this.request('cart:add', { variantId: variant.id, quantity: item.quantity ?? 1 });
    }
    if (!cart) throw new Error('placeOrder needs at least one item');
    return this.request('checkout:place', checkoutPayload(cart.version, buyer));
  }

  /**
   * Write to support, as a shopper asking after an order would: the desk then finds the order
   * through this conversation (how e2e/warehouse.ts moves it). The answer streams on its own.
   */
  async askSupport(text: string): Promise<void> {
    await this.request('chat:send', { text, clientId: randomUUID() });
  }

  close(): void {
    this.socket.disconnect();
  }
}
