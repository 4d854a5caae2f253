import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../shared/auth.js';
import { CATEGORIES, type Colour, type SpecRow } from '../../shared/catalog.js';
import type { Address } from '../../shared/checkout.js';
import { CHAT_ROLES, CHAT_STATUSES, DEPARTMENTS, MESSAGE_STATUSES, type ChatCard } from '../../shared/chat.js';
import { ORDER_ACTORS, ORDER_STATUSES } from '../../shared/order-status.js';
import { SHIPPING_METHODS } from '../../shared/shipping.js';

/** Times are integer milliseconds since the epoch, set by the code (its clock is injectable). */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stored trimmed and lower-cased (EmailSchema), so the unique index is case-insensitive. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull().default('shopper'),
  createdAt: integer('created_at').notNull(),
  passwordChangedAt: integer('password_changed_at').notNull(),
});

/** The truth behind the cookie (ARCHITECTURE §2): the cookie carries only `id`. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    /** Absolute expiry, fixed at creation; the idle limit is checked against lastSeenAt. */
    expiresAt: integer('expires_at').notNull(),
    revokedAt: integer('revoked_at'),
    revokedReason: text('revoked_reason'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Failed sign-in counters, keyed `email:<address>` or `ip:<address>`. */
export const loginAttempts = sqliteTable('login_attempts', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: integer('last_failure_at').notNull(),
  blockedUntil: integer('blocked_until').notNull(),
});

export const contactMessages = sqliteTable(
  'contact_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    topic: text('topic').notNull(),
    message: text('message').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('contact_messages_user_idx').on(t.userId)],
);

export const products = sqliteTable('products', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  category: text('category', { enum: CATEGORIES }).notNull(),
  tagline: text('tagline').notNull(),
  description: text('description').notNull(),
  tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
  colours: text('colours', { mode: 'json' }).$type<Colour[]>().notNull(),
  specs: text('specs', { mode: 'json' }).$type<SpecRow[]>().notNull(),
  /** Image URL per colour key, with a content hash so they can be cached for a year. */
  images: text('images', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  releaseDate: text('release_date').notNull(),
  featured: integer('featured', { mode: 'boolean' }).notNull(),
});

export const variants = sqliteTable(
  'variants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull().unique(),
    colour: text('colour').notNull(),
    storageGb: integer('storage_gb'),
    priceCents: integer('price_cents').notNull(),
    stock: integer('stock').notNull(),
    stockVersion: integer('stock_version').notNull().default(0),
  },
  (t) => [index('variants_product_idx').on(t.productId), check('variants_stock_non_negative', sql`${t.stock} >= 0`)],
);

export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** Null for reviews imported with the catalog (the original shop's customers). */
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    author: text('author').notNull(),
    rating: integer('rating').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at').notNull(),
    /** Written by a shopper whose order with this product was delivered; stays true after erasure. */
    verified: integer('verified', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    // Newest first within a product, the order the product page lists them in.
    index('reviews_product_created_idx').on(t.productId, t.createdAt, t.id),
    // One review per shopper and product; imported reviews (user_id null) are not limited.
    uniqueIndex('reviews_product_user_unique').on(t.productId, t.userId),
    check('reviews_rating_range', sql`${t.rating} between 1 and 5`),
  ],
);

/** One cart per identity: a signed-in user's, or a guest session's (exactly one of the two is set). */
export const carts = sqliteTable(
  'carts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .unique()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    version: integer('version').notNull().default(0),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [check('carts_one_owner', sql`(${t.userId} is null) <> (${t.sessionId} is null)`)],
);

export const cartLines = sqliteTable(
  'cart_lines',
  {
    cartId: integer('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    addedAt: integer('added_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.variantId] }), check('cart_lines_quantity', sql`${t.quantity} between 1 and 10`)],
);

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** What the shopper sees and quotes: VX- and 8 characters, not guessable. */
    number: text('number').notNull().unique(),
    /** Null for a guest, and after the account is deleted (the record stays for tax law, without the person). */
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    sessionId: text('session_id'),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    address: text('address', { mode: 'json' }).$type<Address>().notNull(),
    shippingMethod: text('shipping_method', { enum: SHIPPING_METHODS }).notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    version: integer('version').notNull().default(1),
    subtotalCents: integer('subtotal_cents').notNull(),
    shippingCents: integer('shipping_cents').notNull(),
    taxCents: integer('tax_cents').notNull(),
    totalCents: integer('total_cents').notNull(),
    cardBrand: text('card_brand').notNull(),
    cardLast4: text('card_last4').notNull(),
    paymentRef: text('payment_ref').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('orders_user_idx').on(t.userId), index('orders_session_idx').on(t.sessionId)],
);

/** A snapshot of what was bought at what price; the catalog may change later. */
export const orderLines = sqliteTable(
  'order_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    variantId: integer('variant_id').references(() => variants.id, { onDelete: 'set null' }),
    productSlug: text('product_slug').notNull(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    colourName: text('colour_name').notNull(),
    storageGb: integer('storage_gb'),
    image: text('image').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [index('order_lines_order_idx').on(t.orderId)],
);

export const orderEvents = sqliteTable(
  'order_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    actor: text('actor', { enum: ORDER_ACTORS }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId)],
);

/**
 * A charge about to be made, written before the provider is called and settled when the
 * attempt ends (order written, refunded, refused). One left open long after its request died
 * (a crash between charge and commit, an abandoned retry) is found by the reconciler, which
 * refunds the charge the provider holds for that key and spends the key.
 */
export const PAYMENT_OUTCOMES = ['ordered', 'refunded', 'refused', 'abandoned'] as const;
export const paymentIntents = sqliteTable(
  'payment_intents',
  {
    key: text('key').primaryKey(),
    owner: text('owner').notNull(),
    /** The attempt's fingerprint, so a key spent by the reconciler answers its retry like any spent key. */
    requestHash: text('request_hash').notNull(),
    amountCents: integer('amount_cents').notNull(),
    createdAt: integer('created_at').notNull(),
    settledAt: integer('settled_at'),
    outcome: text('outcome', { enum: PAYMENT_OUTCOMES }),
  },
  (t) => [index('payment_intents_open_idx').on(t.settledAt, t.createdAt)],
);

/**
 * Money owed back for a cancelled order: written in the cancelling transaction, paid after the
 * commit, and retried by the reconciler until the provider confirms (a refund is never only logged).
 */
export const refundsOwed = sqliteTable(
  'refunds_owed',
  {
    orderId: integer('order_id')
      .primaryKey()
      .references(() => orders.id),
    chargeId: text('charge_id').notNull(),
    amountCents: integer('amount_cents').notNull(),
    createdAt: integer('created_at').notNull(),
    refundedAt: integer('refunded_at'),
  },
  (t) => [index('refunds_owed_open_idx').on(t.refundedAt, t.createdAt)],
);

/** Checkout idempotency: one row per attempt key, holding what the first request got. */
export const checkoutAttempts = sqliteTable('checkout_attempts', {
  key: text('key').primaryKey(),
  /** `user:<id>` or `session:<id>`: a key is only ever answered to whoever made it. */
  owner: text('owner').notNull(),
  requestHash: text('request_hash').notNull(),
  orderId: integer('order_id').references(() => orders.id, { onDelete: 'set null' }),
  createdAt: integer('created_at').notNull(),
});

/**
 * A conversation with the assistant (ARCHITECTURE §6). It belongs to an identity (`userId`, or
 * for a guest the session) and to the login session holding it now (`sessionId`): a new
 * sign-in starts a new conversation, "continue" moves an old one to the new session. No
 * foreign key on the session: session rows are purged, a user's conversations stay.
 */
export const chats = sqliteTable(
  'chats',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').notNull(),
    department: text('department', { enum: DEPARTMENTS }).notNull(),
    /** Did the router pick the department (it may again), or did the shopper? */
    departmentChosen: integer('department_chosen', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: CHAT_STATUSES }).notNull().default('ai'),
    /** Frustration was detected: staff should look. */
    flagged: integer('flagged', { mode: 'boolean' }).notNull().default(false),
    title: text('title').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    /** Last activity (lists show the newest first). */
    updatedAt: integer('updated_at').notNull(),
    /** When its login session last made it current (a send, continue or new): the latest is the current one. */
    currentAt: integer('current_at').notNull(),
    /** The staff member who has it (status staff); one at a time. Kept as a name too for the transcript. */
    assigneeId: integer('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    assigneeName: text('assignee_name'),
    /** Since when it waits for a person (status waiting). */
    waitingSince: integer('waiting_since'),
    /** When staff first joined (a conversation staff handled, for the day's counters). */
    staffJoinedAt: integer('staff_joined_at'),
    closedAt: integer('closed_at'),
    resolution: text('resolution'),
  },
  (t) => [index('chats_user_idx').on(t.userId, t.updatedAt), index('chats_session_idx').on(t.sessionId, t.currentAt)],
);

/** Tool calls an answer made, kept for the transcript and staff. */
export interface StoredToolCall {
  name: string;
  args: unknown;
  ok: boolean;
  summary: string;
}

/**
 * One message. An answer is inserted when its stream starts (status streaming, empty) and
 * written once more when it ends; the text in between lives only in memory (never a write per token).
 */
export const chatMessages = sqliteTable(
  'chat_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    role: text('role', { enum: CHAT_ROLES }).notNull(),
    content: text('content').notNull().default(''),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull(),
    cards: text('cards', { mode: 'json' }).$type<ChatCard[]>().notNull().default([]),
    toolCalls: text('tool_calls', { mode: 'json' }).$type<StoredToolCall[]>().notNull().default([]),
    department: text('department', { enum: DEPARTMENTS }),
    /** Staff messages: who wrote it (kept as a name: the transcript outlives staff accounts). */
    authorName: text('author_name'),
    /** Shopper messages: the lexicon score (comparative, about -5 … +5). */
    sentiment: real('sentiment'),
    /** The client's id for a shopper message, so a resend stores nothing twice. */
    clientId: text('client_id'),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    errorCode: text('error_code'),
    createdAt: integer('created_at').notNull(),
    completedAt: integer('completed_at'),
  },
  (t) => [index('chat_messages_chat_idx').on(t.chatId, t.id), uniqueIndex('chat_messages_client_unique').on(t.chatId, t.clientId)],
);

/**
 * A shopper asked for a person while no staff member was online: who to get back to, and how.
 * `contact` is the account's email; null for a guest (the shopper was told how to leave one).
 */
export const callbackRequests = sqliteTable(
  'callback_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    contact: text('contact'),
    createdAt: integer('created_at').notNull(),
    handledAt: integer('handled_at'),
  },
  (t) => [index('callback_requests_open_idx').on(t.handledAt, t.createdAt)],
);
