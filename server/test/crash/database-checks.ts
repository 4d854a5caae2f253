import Database from 'better-sqlite3';
import * as assert from 'uvu/assert';
import type { MessageSeen } from './chat-view.js';
import type { Attempt, Shopper } from './shopper.js';

interface AttemptRow {
  key: string;
  owner: string;
  orderId: number | null;
}
interface OrderRow {
  id: number;
  number: string;
  userId: number | null;
  sessionId: string | null;
  status: string;
  totalCents: number;
  paymentRef: string;
}
interface LineRow {
  orderId: number;
  variantId: number;
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

/** What a check learnt, for the run's tally. */
export interface DatabaseFacts {
  committedKeys: Set<string>;
  orders: number;
}

/**
 * Open the database read-only while no server runs and check what a crash must never break:
 * [CRASH1] integrity; [CRASH2] one order per key and one key per order, each charge used once;
 * [CRASH3] every acknowledged order there, as acknowledged; [CRASH4] each order holds exactly the
 * cart it was placed from and belongs to its shopper; [CRASH5] stock = initial − what
 * non-cancelled orders hold; [CRASH6] an attempt in flight at the kill either committed with its
 * cart emptied or left the cart exactly as it was.
 */
export function checkDatabase(
  file: string,
  shoppers: Shopper[],
  initialStock: Map<number, number>,
  when: string,
): DatabaseFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    assert.is(db.pragma('integrity_check', { simple: true }), 'ok', `${when}: [CRASH1] integrity_check`);
    assert.equal(db.pragma('foreign_key_check'), [], `${when}: [CRASH1] foreign_key_check`);
    const attempts = db.prepare('select key, owner, order_id as orderId from checkout_attempts').all() as AttemptRow[];
    const orders = db
      .prepare(`select id, number, user_id as userId, session_id as sessionId, status,
      total_cents as totalCents, payment_ref as paymentRef from orders`)
      .all() as OrderRow[];
    const lines = db
      .prepare(`select order_id as orderId, variant_id as variantId, sku, quantity,
      unit_price_cents as unitPriceCents from order_lines order by variant_id`)
      .all() as LineRow[];

    assert.is(attempts.length, orders.length, `${when}: [CRASH2] as many orders as claimed keys`);
    assert.is(
      new Set(attempts.map((a) => a.orderId)).size,
      orders.length,
      `${when}: [CRASH2] each order answers one key`,
    );
    assert.ok(
      attempts.every((a) => a.orderId !== null && orders.some((o) => o.id === a.orderId)),
      `${when}: [CRASH2] a key without its order`,
    );
    assert.is(
      new Set(orders.map((o) => o.paymentRef)).size,
      orders.length,
      `${when}: [CRASH2] a charge paid for two orders`,
    );

    const byKey = new Map(attempts.map((a) => [a.key, orders.find((o) => o.id === a.orderId)!]));
    const known = new Set(shoppers.flatMap((s) => s.attempts.map((a) => a.key)));
    assert.equal(
      attempts.filter((a) => !known.has(a.key)),
      [],
      `${when}: [CRASH2] orders nobody placed`,
    );
    for (const shopper of shoppers) {
      const owner = ownerOf(db, shopper);
      for (const attempt of shopper.attempts) {
        const order = byKey.get(attempt.key);
        if (attempt.order)
          assert.is(
            order?.number,
            attempt.order.number,
            `${when}: [CRASH3] acknowledged ${attempt.order.number} (key ${attempt.key}) lost`,
          );
        if (!order) continue;
        assert.is(
          attempts.find((a) => a.key === attempt.key)!.owner,
          owner.key,
          `${when}: [CRASH4] key ${attempt.key} claimed for someone else`,
        );
        assert.ok(owner.owns(order), `${when}: [CRASH4] ${order.number} belongs to someone else`);
        const held = lines
          .filter((l) => l.orderId === order.id)
          .map(({ variantId, sku, quantity, unitPriceCents }) => ({ variantId, sku, quantity, unitPriceCents }));
        assert.equal(
          held,
          sortLines(attempt.lines),
          `${when}: [CRASH4] ${order.number} does not hold the cart it was placed from`,
        );
        if (attempt.order)
          assert.is(order.totalCents, attempt.order.totalCents, `${when}: [CRASH3] ${order.number} total`);
      }
      for (const number of shopper.cancelled) {
        assert.is(
          orders.find((o) => o.number === number)?.status,
          'cancelled',
          `${when}: [CRASH3] acknowledged cancellation of ${number} lost`,
        );
      }
      if (shopper.pending)
        checkCartAfter(
          db,
          shopper.pending,
          byKey.has(shopper.pending.key),
          owner.cartWhere,
          `${when}: ${shopper.name}`,
        );
    }
    checkStock(db, initialStock, when);
    return { committedKeys: new Set(byKey.keys()), orders: orders.length };
  } finally {
    db.close();
  }
}

function checkStock(db: Database.Database, initialStock: Map<number, number>, when: string): void {
  const ordered = new Map(
    (
      db
        .prepare(`select l.variant_id as id, sum(l.quantity) as n from order_lines l join orders o on o.id = l.order_id
      where o.status <> 'cancelled' group by l.variant_id`)
        .all() as Array<{ id: number; n: number }>
    ).map((r) => [r.id, r.n]),
  );
  for (const { id, stock } of db.prepare('select id, stock from variants').all() as Array<{
    id: number;
    stock: number;
  }>) {
    assert.is(stock, initialStock.get(id)! - (ordered.get(id) ?? 0), `${when}: [CRASH5] stock of variant ${id}`);
  }
}

/** [CRASH6] The order's transaction empties the cart; an attempt that did not commit changed nothing. */
function checkCartAfter(
  db: Database.Database,
  attempt: Attempt,
  committed: boolean,
  cartWhere: { sql: string; arg: string | number },
  who: string,
): void {
  const cart = db.prepare(`select id, version from carts where ${cartWhere.sql}`).get(cartWhere.arg) as
    | { id: number; version: number }
    | undefined;
  const held = cart
    ? (db
        .prepare('select variant_id as variantId, quantity from cart_lines where cart_id = ? order by variant_id')
        .all(cart.id) as Array<{ variantId: number; quantity: number }>)
    : [];
  if (committed) {
    assert.equal(held, [], `${who}: [CRASH6] key ${attempt.key} committed but the cart was not emptied`);
  } else {
    assert.is(
      cart?.version,
      attempt.form.cartVersion,
      `${who}: [CRASH6] key ${attempt.key} did not commit but the cart version moved`,
    );
    assert.equal(
      held,
      sortLines(attempt.lines).map(({ variantId, quantity }) => ({ variantId, quantity })),
      `${who}: [CRASH6] key ${attempt.key} did not commit but the cart changed`,
    );
  }
}

function ownerOf(db: Database.Database, shopper: Shopper) {
  if ('sessionId' in shopper.owner) {
    const sid = shopper.owner.sessionId;
    return {
      key: `session:${sid}`,
      owns: (o: OrderRow) => o.sessionId === sid && o.userId === null,
      cartWhere: { sql: 'session_id = ?', arg: sid },
    };
  }
  const user = db.prepare('select id from users where email = ?').get(shopper.owner.email) as { id: number };
  return {
    key: `user:${user.id}`,
    owns: (o: OrderRow) => o.userId === user.id,
    cartWhere: { sql: 'user_id = ?', arg: user.id },
  };
}

const sortLines = <T extends { variantId: number }>(lines: T[]) => [...lines].sort((a, b) => a.variantId - b.variantId);

/** How the payment intents ended, counted by outcome ('open' for those not settled). */
export function paymentIntentOutcomes(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("select coalesce(outcome, 'open') as outcome, count(*) as n from payment_intents group by 1")
      .all() as Array<{ outcome: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
  } finally {
    db.close();
  }
}

/** A shopper's cart as stored: its version and lines (none stored: version 0, no lines). */
export function storedCart(
  db: Database.Database,
  shopper: Shopper,
): { version: number; lines: Array<{ variantId: number; quantity: number }> } {
  const { cartWhere } = ownerOf(db, shopper);
  const cart = db.prepare(`select id, version from carts where ${cartWhere.sql}`).get(cartWhere.arg) as
    | { id: number; version: number }
    | undefined;
  if (!cart) return { version: 0, lines: [] };
  const lines = db
    .prepare('select variant_id as variantId, quantity from cart_lines where cart_id = ? order by variant_id')
    .all(cart.id) as Array<{ variantId: number; quantity: number }>;
  return { version: cart.version, lines };
}

/** A conversation's messages as stored, in the shape a shopper reads them (chat-view.ts). */
export function storedMessages(db: Database.Database, chatId: number): MessageSeen[] {
  return db
    .prepare(`select id, role, status, content, error_code as error from chat_messages where chat_id = ? order by id`)
    .all(chatId) as MessageSeen[];
}

/** Every conversation's messages as stored, by conversation. */
export function storedConversations(db: Database.Database): Map<number, MessageSeen[]> {
  const rows = db
    .prepare(`select chat_id as chatId, id, role, status, content, error_code as error from chat_messages order by id`)
    .all() as Array<MessageSeen & { chatId: number }>;
  const chats = new Map<number, MessageSeen[]>();
  for (const { chatId, ...message } of rows) chats.set(chatId, [...(chats.get(chatId) ?? []), message]);
  return chats;
}
