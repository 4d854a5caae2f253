import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { orders } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { AppSocket } from '../../socket/types.js';
import type { Order } from '../../../shared/orders.js';
import type { StaffOrderMoveSchema } from '../../../shared/staff.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { moveOrder } from '../orders/orders.service.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { staffMember } from './staff-actions.js';
import { recordStaffAction } from './staff-audit.js';
import type { StaffDesk } from './staff-desk.js';

/**
 * Where this socket sees the order (least privilege, docs/ARCHITECTURE.md §7): a conversation of
 * the order's shopper it watches now (that conversation's id), or a search of its that showed the
 * order (no conversation). Null: out of view.
 */
export function orderInView(
  desk: StaffDesk,
  socket: AppSocket,
  order: Pick<OrderRow, 'id' | 'userId' | 'sessionId'>,
): { chatId?: number } | null {
  const owner =
    order.userId !== null ? rooms.user(order.userId) : order.sessionId ? rooms.session(order.sessionId) : null;
  // The socket is in a conversation's staff-watch room exactly while it watches it (staff-watch.ts).
  const chatId = owner
    ? desk.presence.watchedChats(owner).find((id) => socket.rooms.has(rooms.staffWatch(id)))
    : undefined;
  if (chatId !== undefined) return { chatId };
  return desk.foundOrders.has(socket.id, order.id) ? {} : null;
}

/**
 * Move an order of a shopper in view, through the same state machine as everyone (staff may move
 * it along or cancel it). An order out of view and an unknown number get the same refusal, so
 * the answer does not tell which numbers exist.
 */
export function moveOrderInView(
  desk: StaffDesk,
  socket: AppSocket,
  session: LiveSession,
  input: z.output<typeof StaffOrderMoveSchema>,
): Promise<Order> {
  const me = staffMember(desk, session);
  const row = desk.ctx.db.select().from(orders).where(eq(orders.number, input.number)).get();
  const view = row ? orderInView(desk, socket, row) : null;
  if (!row || !view) throw new AppError('forbidden', 'order_not_in_view');
  return moveOrder(desk.ctx, row.id, input.to, 'staff', input.note, {
    ...me,
    record: (tx, from, now) =>
      recordStaffAction(
        tx,
        me,
        'order-move',
        { orderId: row.id, chatId: view.chatId, detail: { from, to: input.to } },
        now,
      ),
  });
}
