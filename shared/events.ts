import type { ServerResult } from './result.js';
import type { WhoAmI, WhoAmIInput, SessionEnded } from './session.js';
import type { ContactMessageInput, ContactReceipt } from './contact.js';
import type { Role } from './auth.js';
import type { Cart, CartAddInput, CartSetQuantityInput } from './cart.js';
import type { CheckoutInput } from './checkout.js';
import type { Order } from './orders.js';
import type { ReviewAddInput, ReviewAdded, ReviewEligibility, ReviewListInput, ReviewPage } from './reviews.js';
import type {
  CatalogHome,
  CatalogListInput,
  CatalogPage,
  ProductDetail,
  StockChanged,
  StockSnapshot,
  Suggestion,
} from './catalog.js';

/** A request: a payload and an ack that always receives one ServerResult. */
export type Request<I, O> = (input: I, ack: (result: ServerResult<O>) => void) => void;

/** Every request the client can make. The server validates each payload with its schema. */
export interface ClientToServerEvents {
  'session:whoami': Request<WhoAmIInput, WhoAmI>;
  'contact:send': Request<ContactMessageInput, ContactReceipt>;
  'catalog:list': Request<CatalogListInput, CatalogPage>;
  'catalog:suggest': Request<{ q: string }, Suggestion[]>;
  'catalog:get': Request<{ slug: string }, ProductDetail>;
  'catalog:home': Request<Record<string, never>, CatalogHome>;
  /** Join the product's room for live stock; answers the stock now, so a re-watch after a reconnect re-syncs. */
  'catalog:watch': Request<{ productId: number }, StockSnapshot>;
  'catalog:unwatch': Request<{ productId: number }, null>;
  'cart:get': Request<Record<string, never>, Cart>;
  'cart:add': Request<CartAddInput, Cart>;
  'cart:set-quantity': Request<CartSetQuantityInput, Cart>;
  'cart:remove': Request<{ variantId: number }, Cart>;
  'cart:empty': Request<Record<string, never>, Cart>;
  /** Exactly once per idempotency key: a retry with the same key answers the same order. */
  'checkout:place': Request<CheckoutInput, Order>;
  'orders:list': Request<Record<string, never>, Order[]>;
  'orders:get': Request<{ number: string }, Order>;
  /** The shopper cancels while the order is placed or paid: stock returns, the payment is refunded. */
  'orders:cancel': Request<{ number: string }, Order>;
  /** A product's reviews, newest first, a page at a time, with its rating summary now. */
  'reviews:list': Request<ReviewListInput, ReviewPage>;
  /** May the current identity review this product, and if not, why (for the form). */
  'reviews:eligibility': Request<{ productId: number }, ReviewEligibility>;
  /** A verified review, once per shopper and product; also pushed as `catalog:review-added`. */
  'reviews:add': Request<ReviewAddInput, ReviewAdded>;
}

/** Pushes: past-tense facts, sent after the change is committed. */
export interface ServerToClientEvents {
  'session:ended': (payload: SessionEnded) => void;
  'catalog:stock-changed': (payload: StockChanged) => void;
  /** To every socket of the cart's owner (all tabs and devices) after a change commits. */
  'cart:updated': (cart: Cart) => void;
  /** To the shopper's sockets (and, later, staff) after an order is placed or changes status. */
  'order:updated': (order: Order) => void;
  /** To room product:<id> (the `catalog:watch` room) after a review is stored, with the new summary. */
  'catalog:review-added': (payload: ReviewAdded) => void;
}

export type RequestEvent = keyof ClientToServerEvents;
export type RequestInput<E extends RequestEvent> = Parameters<ClientToServerEvents[E]>[0];
export type RequestOutput<E extends RequestEvent> =
  Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends ServerResult<infer O> ? O : never;

export type InterServerEvents = Record<string, never>;

/** Set by the handshake middleware; handlers read identity only from here. */
export interface SocketData {
  sessionId: string;
  userId: number | null;
  role: Role | 'guest';
}
