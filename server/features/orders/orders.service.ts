import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { orderLines, orders } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import { canMove, type OrderActor, type OrderStatus } from '../../../shared/order-status.js';
import type { Order } from '../../../shared/orders.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { announceStock, changeStock } from '../catalog/stock.js';
import { oweRefund, payRefund } from './refunds-owed.js';
import { appendOrderEvent, giveBackDiscountUse, toOrder, type OrderMover, type OrderRow } from './orders.repo.js';
import { queueOrderStatusMail } from './order-mail.js';

/** Where an order's pushes go: its shopper's sockets, and whoever watches the order (staff). */
export function publishOrder(ctx: AppContext, row: Pick<OrderRow, 'id' | 'userId' | 'sessionId'>, order: Order): void {
  const owner = row.userId !== null ? rooms.user(row.userId) : row.sessionId ? rooms.session(row.sessionId) : null;
  if (owner) ctx.publish(owner, 'order:updated', order);
  ctx.publish(rooms.order(row.id), 'order:updated', order);
}

/**
 * Actor staff: who moved the order (named on its event), and what else their move records, in
 * the move's own transaction (the staff desk's record of the action; this feature knows no desk).
 */
export interface StaffMove extends OrderMover {
  record?: (tx: DbLike, from: OrderStatus, now: number) => void;
}

/**
 * Move an order one step along its state machine, append the event, bump the version, and
 * push after the commit. A cancellation returns the stock and the discount code's use [DISC11]
 * (and the payment is refunded after).
 */
export async function moveOrder(
  ctx: AppContext,
  orderId: number,
  to: OrderStatus,
  actor: OrderActor,
  note = '',
  staff?: StaffMove,
): Promise<Order> {
  const now = ctx.now();
  const { row, order, stock } = ctx.db.transaction(
    (tx) => {
      const row = tx.select().from(orders).where(eq(orders.id, orderId)).get();
      if (!row) throw new AppError('not_found', 'order_not_found');
      if (!canMove(row.status, to, actor)) {
        throw to === 'cancelled'
          ? new AppError('conflict', 'order_not_cancellable', { params: { status: row.status } })
          : new AppError('conflict', 'order_not_movable', { params: { status: row.status, to } });
      }
      const stock =
        to === 'cancelled'
          ? tx
              .select()
              .from(orderLines)
              .where(eq(orderLines.orderId, orderId))
              .all()
              .flatMap((l) => (l.variantId === null ? [] : [changeStock(tx, l.variantId, l.quantity)]))
              .filter((s) => s !== null)
          : [];
      if (to === 'cancelled')
        oweRefund(tx, { orderId, chargeId: row.paymentRef, amountCents: row.totalCents, createdAt: now });
      if (to === 'cancelled' && row.discountCode !== null) giveBackDiscountUse(tx, row.discountCode);
      tx.update(orders)
        .set({ status: to, version: row.version + 1, updatedAt: now })
        .where(and(eq(orders.id, orderId), eq(orders.version, row.version)))
        .run();
      const by = actor === 'staff' && staff ? { id: staff.id, name: staff.name } : undefined;
      appendOrderEvent(tx, orderId, to, actor, note, now, by);
      if (by) staff?.record?.(tx, row.status, now);
      const updated = tx.select().from(orders).where(eq(orders.id, orderId)).get()!;
      queueOrderStatusMail(ctx, tx, updated, to, now);
      return { row: updated, order: toOrder(tx, updated), stock };
    },
    { behavior: 'immediate' },
  );
  announceStock(ctx, stock);
  publishOrder(ctx, row, order);
  if (to === 'cancelled') await payRefund(ctx, orderId);
  return order;
}

/** The shopper's own order by number, or not_found (never someone else's). */
export function ownOrder(ctx: AppContext, session: LiveSession, number: string): OrderRow {
  const row = ctx.db.select().from(orders).where(eq(orders.number, number)).get();
  const mine = row && (session.userId !== null ? row.userId === session.userId : row.sessionId === session.id);
  if (!row || !mine) throw new AppError('not_found', 'order_not_found');
  return row;
}

export function listOwnOrders(ctx: AppContext, session: LiveSession): Order[] {
  const where = session.userId !== null ? eq(orders.userId, session.userId) : eq(orders.sessionId, session.id);
  return ctx.db
    .select()
    .from(orders)
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(100)
    .all()
    .map((r) => toOrder(ctx.db, r));
}
