import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { orders } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { OrderStatus } from '../../../shared/order-status.js';
import { toOrder } from './orders.repo.js';

/** Orders still being fulfilled need their address and contact details until they arrive. */
const IN_FLIGHT: OrderStatus[] = ['placed', 'paid', 'packed', 'shipped'];

/** What stays of an order once its shopper has deleted their account: the sale, not the person. */
export const ERASED = 'erased';

/**
 * Orders in the data export, and in erasure. Orders are kept for the books (amounts, items,
 * dates, country for tax) but lose everything that names or reaches the person. An account
 * with an order on its way cannot be deleted until it arrives or is cancelled: we still need
 * where to send it.
 */
export function registerOrderPrivacy(ctx: AppContext): void {
  ctx.hooks.exportUser.push({
    section: 'orders',
    collect: (db, userId) =>
      db
        .select()
        .from(orders)
        .where(eq(orders.userId, userId))
        .orderBy(asc(orders.id))
        .all()
        .map((row) => toOrder(db, row)),
  });
  ctx.hooks.eraseUser.push(anonymiseOrders);
}

function anonymiseOrders(db: DbLike, userId: number): void {
  const open = db
    .select({ number: orders.number })
    .from(orders)
    .where(and(eq(orders.userId, userId), inArray(orders.status, IN_FLIGHT)))
    .all();
  if (open.length > 0) {
    const numbers = open.map((o) => o.number).join(', ');
    throw new AppError('conflict', 'orders_in_transit', { params: { numbers } });
  }
  for (const row of db.select().from(orders).where(eq(orders.userId, userId)).all()) {
    const { country, region } = row.address;
    db.update(orders)
      .set({
        userId: null,
        sessionId: null,
        email: ERASED,
        phone: ERASED,
        address: { name: ERASED, line1: ERASED, line2: '', city: ERASED, region, postalCode: '', country },
      })
      .where(eq(orders.id, row.id))
      .run();
  }
}
