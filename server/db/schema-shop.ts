import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../shared/auth.js';
import { CATEGORIES, type Colour, type Fit, type SpecRow } from '../../shared/catalog.js';
import type { Address } from '../../shared/checkout.js';
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
  /** When the address in `email` was proven by a link sent to it; null until then and again after the email changes. */
  emailVerifiedAt: integer('email_verified_at'),
  /** The language the shopper chose (en, fr, de, es); null until they choose (docs/decisions/032-languages.md). */
  locale: text('locale'),
});

/** The truth behind the cookie (docs/ARCHITECTURE.md §2): the cookie carries only `id`. */
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
    /** The language chosen on this browser; null until chosen (the account's wins when signed in). */
    locale: text('locale'),
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
  /** An accessory's compatibility: the phones it works with. */
  fits: text('fits', { mode: 'json' }).$type<Fit[]>().notNull().default(sql`'[]'`),
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
  (t) => [
    primaryKey({ columns: [t.cartId, t.variantId] }),
    check('cart_lines_quantity', sql`${t.quantity} between 1 and 10`),
  ],
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
    /** The discount code applied (as stored in discount_codes.code) and what it took off, recomputed by the server. */
    discountCode: text('discount_code'),
    discountCents: integer('discount_cents').notNull().default(0),
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
    /** Actor staff: which member of the team (a name too: the record outlives the account). */
    staffId: integer('staff_id'),
    staffName: text('staff_name'),
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
