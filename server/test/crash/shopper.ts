import { randomUUID } from 'node:crypto';
import * as assert from 'uvu/assert';
import { io as connectClient } from 'socket.io-client';
import { failFastOnHandshakeClose } from '../../../shared/socket-handshake.js';
import type { Cart } from '../../../shared/cart.js';
import type { CheckoutInput } from '../../../shared/checkout.js';
import type { ClientToServerEvents } from '../../../shared/events.js';
import type { Order } from '../../../shared/orders.js';
import { type Ack, ok } from '../ack.js';
import type { TestSocket } from '../harness.js';
import { checkoutForm } from '../shop-helpers.js';

/** Deterministic numbers in [0, 1) from a 32-bit seed (mulberry32), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Attempt {
  key: string;
  form: CheckoutInput;
  /** What the cart held when the attempt was made: the order must hold exactly this. */
  lines: Array<{ variantId: number; sku: string; quantity: number; unitPriceCents: number }>;
  /** The first acknowledged answer; every later answer for this key must name the same order. */
  order: Order | null;
}

export interface Shopper {
  name: string;
  cookie: string;
  /** How the database knows this shopper: a guest's session id, or a registered email. */
  owner: { sessionId: string } | { email: string };
  /** Variants only this shopper buys, so its stock budget never races another shopper's. */
  variants: number[];
  attempts: Attempt[];
  /** Sent and not answered when the server died: retried with the same key after the restart. */
  pending: Attempt | null;
  /** How many answered keys were sent again (each must answer the same order). */
  replays: number;
  /** Order numbers whose cancellation was asked for, and those where it was acknowledged. */
  cancelAsked: Set<string>;
  cancelled: Set<string>;
}

/** The server went away with this request unanswered (a disconnect, or no answer in time). */
export class Unanswered extends Error {}

/** What one shopper does against one server life. */
export interface Visit {
  url: string;
  random: () => number;
  /** Stock of each variant before the first order. */
  initialStock: Map<number, number>;
  /** False: only finish what is started (the unanswered attempt, a filled cart); no new shopping. */
  shopping: boolean;
  /** Sees every checkout:place leave, and come back after `ms` (or be lost: no `ms`). */
  onCheckout(phase: 'sent' | 'settled', ms?: number): void;
}

const ANSWER_LIMIT_MS = 20_000;
/** How often a new attempt loses its answer on the shopper's side. */
const DROP_CHANCE = 0.15;

/**
 * Retry the unanswered attempt; when shopping, also replay (sometimes) an answered key, cancel
 * (sometimes) a paid order, fill the cart and place one new order. Returns when done or when the
 * server dies; anything else wrong (a retry refused, a key answering another order) throws.
 */
export async function visit(shopper: Shopper, v: Visit): Promise<void> {
  let socket: TestSocket;
  try {
    socket = await connect(v.url, shopper.cookie);
  } catch (err) {
    if (err instanceof Unanswered) return; // killed before this shopper got in
    throw err;
  }
  const call = caller(socket, v);
  const place = async (attempt: Attempt, dropAfterSending = false) => {
    const answer = call<Order>('checkout:place', attempt.form);
    // The shopper's own connection drops with the request on its way: the server may well
    // commit it, and only a retry with the same key can tell the shopper.
    if (dropAfterSending) socket.disconnect();
    const order = ok(await answer, `${shopper.name}: key ${attempt.key}, which must answer its order,`);
    if (attempt.order)
      assert.is(order.number, attempt.order.number, `${shopper.name}: key ${attempt.key} answered another order`);
    attempt.order ??= order;
    if (shopper.pending === attempt) shopper.pending = null;
  };
  try {
    const retried = shopper.pending !== null;
    if (shopper.pending) await place(shopper.pending);
    const answered = shopper.attempts.filter((a) => a.order);
    if (v.shopping && answered.length > 0 && v.random() < 0.3) {
      shopper.replays++;
      await place(pick(answered, v.random));
    }
    const cancellable = answered.filter((a) => !shopper.cancelAsked.has(a.order!.number));
    if (v.shopping && cancellable.length > 0 && v.random() < 0.1) {
      const { number } = pick(cancellable, v.random).order!;
      shopper.cancelAsked.add(number);
      ok(await call<Order>('orders:cancel', { number }), `${shopper.name}: cancel ${number}`);
      shopper.cancelled.add(number);
    }
    let cart = ok(await call<Cart>('cart:get', {}));
    if (retried) assert.equal(cart.lines, [], `${shopper.name}: the cart outlived the order of its retried attempt`);
    for (const line of v.shopping ? pickLines(shopper, cart, v) : []) cart = ok(await call<Cart>('cart:add', line));
    if (cart.lines.length === 0) return; // nothing left to finish, or this shopper's stock budget is spent
    const attempt = newAttempt(shopper, cart);
    await place(attempt, v.shopping && v.random() < DROP_CHANCE);
  } catch (err) {
    if (!(err instanceof Unanswered)) throw err;
  } finally {
    socket.disconnect();
  }
}

/** A checkout of the cart as it is, with a new key: recorded as the shopper's, and pending until answered. */
export function newAttempt(shopper: Shopper, cart: Cart): Attempt {
  const key = randomUUID();
  const attempt: Attempt = {
    key,
    form: checkoutForm(cart, undefined, key),
    lines: cart.lines.map(({ variantId, sku, quantity, unitPriceCents }) => ({
      variantId,
      sku,
      quantity,
      unitPriceCents,
    })),
    order: null,
  };
  shopper.attempts.push(attempt);
  shopper.pending = attempt;
  return attempt;
}

/** After the last restart: the shopper's own view of its orders and cart, over the socket API. */
export async function lookBack(shopper: Shopper, url: string): Promise<{ orderNumbers: string[]; cartLines: number }> {
  const socket = await connect(url, shopper.cookie);
  try {
    const call = caller(socket, { onCheckout() {} });
    const orders = ok(await call<Order[]>('orders:list', {}));
    return {
      orderNumbers: orders.map((o) => o.number).sort(),
      cartLines: ok(await call<Cart>('cart:get', {})).lines.length,
    };
  } finally {
    socket.disconnect();
  }
}

/** A request that rejects with Unanswered when the server dies first (never hangs on a dead socket). */
function caller(socket: TestSocket, v: Pick<Visit, 'onCheckout'>) {
  return <T>(event: keyof ClientToServerEvents, payload: unknown): Promise<Ack<T>> => {
    // A disconnected socket.io client buffers emits instead of failing them.
    if (!socket.connected) return Promise.reject(new Unanswered(event));
    const timed = socket.timeout(ANSWER_LIMIT_MS) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<T>> };
    const answer = timed.emitWithAck(event, payload);
    if (event === 'checkout:place') {
      const sentAt = performance.now();
      v.onCheckout('sent');
      void answer.then(
        () => v.onCheckout('settled', performance.now() - sentAt),
        () => v.onCheckout('settled'),
      );
    }
    return answer.catch((err: Error) => Promise.reject(new Unanswered(`${event}: ${err.message}`)));
  };
}

const pick = <T>(items: T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** One or two lines of one or two units, only where this shopper's budget leaves the stock for them. */
export function pickLines(
  shopper: Shopper,
  cart: Cart,
  v: Pick<Visit, 'initialStock' | 'random'>,
): Array<{ variantId: number; quantity: number }> {
  if (cart.lines.length > 0) return []; // what a killed visit put there is ordered as it is
  const used = new Map<number, number>();
  for (const line of shopper.attempts.flatMap((a) => a.lines))
    used.set(line.variantId, (used.get(line.variantId) ?? 0) + line.quantity);
  const room = (id: number) => v.initialStock.get(id)! - (used.get(id) ?? 0);
  const picks: Array<{ variantId: number; quantity: number }> = [];
  const wanted = 1 + Math.floor(v.random() * 2);
  const shuffled = shopper.variants.map((id) => ({ id, at: v.random() })).sort((a, b) => a.at - b.at);
  for (const { id: variantId } of shuffled) {
    const quantity = 1 + Math.floor(v.random() * 2);
    if (picks.length < wanted && room(variantId) >= quantity) picks.push({ variantId, quantity });
  }
  return picks;
}

/**
 * A shopper's socket to a server that may be killed: a handshake the kill cut short rejects with
 * Unanswered, and so does one with no answer within `timeoutMs` (socket.io-client's default: 20 s).
 */
export function connect(url: string, cookie: string, timeoutMs?: number): Promise<TestSocket> {
  const socket: TestSocket = connectClient(url, {
    transports: ['websocket'],
    extraHeaders: { cookie, origin: url },
    reconnection: false,
    forceNew: true,
    autoConnect: false,
    ...(timeoutMs !== undefined && { timeout: timeoutMs }),
  });
  // As the shop's client does: a worker killed mid-handshake is a failed attempt at once.
  failFastOnHandshakeClose(socket);
  // How far a connection that timed out got: no transport (the handoff) or no CONNECT (the server).
  let transport = 'no transport opened';
  socket.io.once('open', () => (transport = 'transport open, no CONNECT answer'));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) =>
      reject(new Unanswered(`connect: ${err.message}${err.message === 'timeout' ? ` (${transport})` : ''}`)),
    );
    // A server killed mid-handshake closes the transport before any connect or connect_error.
    socket.once('disconnect', (reason) => reject(new Unanswered(`connect: ${reason}`)));
    socket.connect();
  });
}
