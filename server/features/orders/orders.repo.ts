import { randomInt } from 'node:crypto';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { discountCodes, orderEvents, orderLines, orders } from '../../db/schema.js';
import type { OrderActor, OrderStatus } from '../../../shared/order-status.js';
import type { Order } from '../../../shared/orders.js';

export type OrderRow = typeof orders.$inferSelect;
export type NewOrder = Omit<typeof orders.$inferInsert, 'id' | 'number' | 'version'>;
export type NewOrderLine = Omit<typeof orderLines.$inferInsert, 'id' | 'orderId'>;

// No 0/O or 1/I: order numbers are read out over the phone.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const newOrderNumber = () =>
  `VX-${Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;

export function insertOrder(db: DbLike, order: NewOrder, lines: NewOrderLine[]): OrderRow {
  const row = db
    .insert(orders)
    .values({ ...order, number: newOrderNumber() })
    .returning()
    .get();
  db.insert(orderLines)
    .values(lines.map((l) => ({ ...l, orderId: row.id })))
    .run();
  return row;
}

export function appendOrderEvent(
  db: DbLike,
  orderId: number,
  status: OrderStatus,
  actor: OrderActor,
  note: string,
  now: number,
  by?: OrderMover,
): void {
  db.insert(orderEvents)
    .values({ orderId, status, actor, note, createdAt: now, staffId: by?.id ?? null, staffName: by?.name ?? null })
    .run();
}

/** A staff member who moved an order (kept as a name too: the record outlives the account). */
export interface OrderMover {
  id: number;
  name: string;
}

export function findOrder(db: DbLike, id: number): OrderRow | undefined {
  return db.select().from(orders).where(eq(orders.id, id)).get();
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The order with its lines and its whole status history, as the shopper sees it. */
export function toOrder(db: DbLike, row: OrderRow): Order {
  const lines = db.select().from(orderLines).where(eq(orderLines.orderId, row.id)).orderBy(asc(orderLines.id)).all();
  const events = db
    .select()
    .from(orderEvents)
    .where(eq(orderEvents.orderId, row.id))
    .orderBy(asc(orderEvents.id))
    .all();
  return {
    number: row.number,
    status: row.status,
    version: row.version,
    createdAt: iso(row.createdAt),
    email: row.email,
    phone: row.phone,
    address: row.address,
    shippingMethod: row.shippingMethod,
    lines: lines.map(({ productSlug, sku, name, colourName, storageGb, image, unitPriceCents, quantity }) => ({
      productSlug,
      sku,
      name,
      colourName,
      storageGb,
      image,
      unitPriceCents,
      quantity,
    })),
    subtotalCents: row.subtotalCents,
    discountCode: row.discountCode,
    discountCents: row.discountCents,
    shippingCents: row.shippingCents,
    taxCents: row.taxCents,
    totalCents: row.totalCents,
    card: { brand: row.cardBrand, last4: row.cardLast4 },
    events: events.map((e) => ({
      status: e.status,
      actor: e.actor,
      note: e.note,
      at: iso(e.createdAt),
      // The shopper sees a first name only ("Sam from VisionX").
      ...(e.actor === 'staff' && e.staffName ? { by: e.staffName.trim().split(/\s+/)[0]! } : {}),
    })),
  };
}

/**
 * A cancelled order gives its discount code's use back [DISC11]; never below zero. True if a use
 * was given back. (The discounts feature follows the cancellation's push to refresh the desk.)
 */
export function giveBackDiscountUse(db: DbLike, code: string): boolean {
  return (
    db
      .update(discountCodes)
      .set({ usedCount: sql`${discountCodes.usedCount} - 1` })
      .where(and(eq(discountCodes.code, code), gt(discountCodes.usedCount, 0)))
      .run().changes === 1
  );
}
