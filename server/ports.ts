import type { Logger } from 'pino';
import type { ServerOptions } from 'socket.io';
import type { Role, SignInNotice } from '../shared/auth.js';
import type { ServerToClientEvents } from '../shared/events.js';
import type { MailKind } from '../shared/mail.js';
import type { SessionEndReason } from '../shared/session.js';
import type { CodeRequired } from '../shared/two-factor.js';
import type { RatingBreakdown } from '../shared/reviews.js';
import type { CatalogChange } from '../shared/catalog.js';
import type { Assistant, ShopRecord } from './assistant/assistant.js';
import type { Config } from './config.js';
import type { Db, DbLike } from './db/client.js';
import type { users } from './db/schema.js';
import type { RateLimit } from './rate-limit.js';

/**
 * Every interface the app is built from or hands its features: what createApp is given (the
 * clock, the logger, the password hasher, payments, the assistant, limits) and what it wires
 * (the session cookie, the identity hooks, publishing). This module imports nothing from
 * server/features, so the features, the context (context.ts) and the wiring (app.ts) all build
 * on it without going round in a circle.
 */

export type { Assistant, Config, Db, DbLike, Logger, RateLimit };

/** Milliseconds since the epoch; tests move it to check expiry. */
export type Clock = () => number;

/** How Socket.IO rooms reach sockets of other processes (an adapter constructor, as Socket.IO takes it). */
export type IoAdapter = NonNullable<ServerOptions['adapter']>;

/**
 * bcrypt (bcryptjs, pure JS) at cost 12 takes a few hundred milliseconds: it runs in a small
 * worker_threads pool so the event loop never stalls (features/auth/password-hasher.ts). Jobs queue when every worker is busy.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The session cookie: an iron-sealed `{ sid }` and nothing else (features/auth/session-cookie.ts).
 * The database row is the truth (expiry, revocation); the seal only stops forged or altered ids early.
 */
export interface SessionCookie {
  name: string;
  seal(sessionId: string, role: Role | 'guest'): Promise<string>;
  /** The Set-Cookie header value for a session. */
  header(sessionId: string, role: Role | 'guest'): Promise<string>;
  /** The session id from a Cookie header, or null if absent, forged or unreadable. */
  read(cookieHeader: string | undefined): Promise<string | null>;
}

export interface SignInChange {
  /** The session being replaced (a guest's, usually), or null when there was none. */
  fromSessionId: string | null;
  fromUserId: number | null;
  toSessionId: string;
  userId: number;
}

/** What a sign-in hook may hand back: a line for the shopper, and a push to send after the commit. */
export interface SignInOutcome {
  notice?: SignInNotice;
  afterCommit?: () => void;
}

/**
 * The one place later features plug into identity changes: carrying guest state over at
 * sign-in (cart merge, chat hand-over), the data export, and erasure. Sign-in and erase hooks
 * run inside the auth transaction, so they must be synchronous database work only.
 */
export interface IdentityHooks {
  onSignIn: Array<(db: DbLike, change: SignInChange) => SignInOutcome | undefined>;
  /**
   * A new account, inside the sign-up's transaction (e.g. its welcome and verification email,
   * queued with it); `sessionId` is the browser's session that signed up, if it had one.
   */
  onRegistered: Array<(db: DbLike, user: typeof users.$inferSelect, now: number, sessionId: string | null) => void>;
  /** The same login goes on under a new session id (a password change): state bound to the old id follows it. */
  onSessionReissued: Array<(db: DbLike, fromSessionId: string, toSessionId: string) => void>;
  exportUser: Array<{ section: string; collect: (db: DbLike, userId: number) => unknown }>;
  eraseUser: Array<(db: DbLike, userId: number) => void>;
  /** Asked after a right password, before any session is made: a second step the sign-in must pass, or null. */
  secondStep?: (user: typeof users.$inferSelect) => Promise<CodeRequired | null>;
}

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';

/** What checkout hands a provider. The card details live only for the length of the call. */
export interface ChargeRequest {
  amountCents: number;
  currency: 'USD';
  card: { number: string; expMonth: number; expYear: number; cvc: string };
  /** The checkout's idempotency key: a provider must not charge twice for one key. */
  idempotencyKey: string;
}

export type ChargeResult =
  | { ok: true; chargeId: string; brand: CardBrand; last4: string }
  /** A refusal, as a code: checkout turns it into the shopper's field and reason codes. */
  | { ok: false; reason: 'declined' | 'insufficient_funds' | 'invalid_card' | 'expired_card' | 'invalid_cvc' };

/** Card payments (the built-in test provider: features/payments/test-provider.ts). */
export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(chargeId: string, amountCents: number): Promise<{ ok: boolean }>;
  /** The successful charge made for an idempotency key, if any (for reconciling abandoned checkouts). */
  findCharge(idempotencyKey: string): Promise<{ chargeId: string } | null>;
}

/** Tell the sockets of these sessions why they end, then disconnect them. */
export type EndSessions = (sessionIds: string[], reason: SessionEndReason) => void;

export type PublishTap = (room: string, event: keyof ServerToClientEvents, payload: unknown) => void;

export type { CatalogChange } from '../shared/catalog.js';

/**
 * The catalog as browsing reads it, held in memory once per process (features/catalog/catalog-cache.ts,
 * ARCHITECTURE §1). Records are shared: read them, never change them. Cart and checkout read stock
 * from the database, not from here.
 */
export interface CatalogCache {
  /** Every product in id order, variants cheapest first, with rating and spec figures. */
  records(): ShopRecord[];
  bySlug(slug: string): ShopRecord | undefined;
  byId(productId: number): ShopRecord | undefined;
  /** A product's rating as its page shows it (count per star). */
  ratingOf(productId: number): RatingBreakdown;
  /** Patch one change in place; false when it was older than what is held (or unknown: then reload on next read). */
  applyChange(change: CatalogChange): boolean;
  /** Read everything again on the next read (after a write that went round the stock and review paths). */
  invalidate(): void;
}

/** Pushes to rooms (names from socket/rooms.ts), and taps on them. */
export interface Publisher {
  /** Push a fact to a room. Call only after the change is committed. */
  publish<E extends keyof ServerToClientEvents>(
    room: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void;
  /** Also hand every published fact to `tap` (the staff console follows carts, orders and chats this way). */
  observe(tap: PublishTap): void;
}

/** A message ready to queue: rendered by a template (features/mail/templates/), addressed to one person. */
export interface OutgoingMail {
  /** One message per event, ever: `order-receipt:VX-…`, `password-reset:<token hash prefix>`. */
  eventId: string;
  kind: MailKind;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Carries a secret link (reset, verification): sealed while it waits, like every body cleared once sent. */
  secret?: boolean;
}

/** Queues mail in the caller's transaction, so the message commits (or not) with its event. */
export interface Outbox {
  /** false: this event's message was queued before (nothing changes). */
  queue(tx: DbLike, mail: OutgoingMail, now: number): boolean;
  /** The body of a row as written, unsealed (for the worker and the development viewer). */
  open(row: { html: string | null; text: string | null; sealed: boolean }): { html: string; text: string };
  /**
   * Called after a message was queued, on a later turn of the event loop: by then the caller's
   * synchronous transaction has committed (or rolled back, and the worker finds nothing). The
   * mail worker listens, so mail goes out at once instead of at its next poll.
   */
  onQueued(listener: () => void): void;
}
