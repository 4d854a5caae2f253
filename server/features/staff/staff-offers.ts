import { eq } from 'drizzle-orm';
import { orders } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { ChatMessage } from '../../../shared/chat.js';
import type { Order } from '../../../shared/orders.js';
import type { z } from 'zod';
import type { StaffOrderMoveSchema, StaffProposeSchema } from '../../../shared/staff.js';
import { proposeCartChangeTool } from '../../assistant/tools/cart-tools.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { assistantShop } from '../chat/assistant-shop.js';
import { requestHuman } from '../chat/chat-status.js';
import { insertMessage, toMessage, updateChat } from '../chat/chat.repo.js';
import { moveOrder } from '../orders/orders.service.js';
import { assignedChat, staffMember } from './staff-actions.js';
import { recordStaffAction } from './staff-audit.js';
import type { StaffDesk } from './staff-desk.js';
import { shopperSession } from './shopper-of-chat.js';

/**
 * Staff propose with the assistant's own tool, checked against the shopper's cart and stock,
 * and the shopper confirms it on the same card (`chat:proposal-answer`).
 */
export async function proposeToShopper(
  desk: StaffDesk,
  staff: LiveSession,
  input: z.output<typeof StaffProposeSchema>,
): Promise<ChatMessage> {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const chat = assignedChat(desk, me, input.chatId);
  const { chatId, ...args } = input;
  const scope = {
    shop: assistantShop(ctx, shopperSession(chat)),
    log: ctx.log,
    chatId,
    messageId: 0,
    requestHuman: () => requestHuman(desk.hub, chatId),
  };
  const outcome = await proposeCartChangeTool.run(args, scope);
  // The tool's own account of the refusal (server/assistant), shown to staff as it is.
  if (!outcome.ok) throw new AppError('conflict', 'proposal_refused', { params: { detail: outcome.summary } });
  const now = ctx.now();
  const row = ctx.db.transaction((tx) => {
    updateChat(tx, chatId, { updatedAt: now });
    recordStaffAction(tx, me, 'propose', { chatId, detail: { action: args.action, slug: args.slug } }, now);
    return insertMessage(tx, {
      chatId,
      role: 'staff',
      status: 'complete',
      content: '',
      cards: outcome.cards ?? [],
      authorName: me.name,
      createdAt: now,
      completedAt: now,
    });
  });
  const message = toMessage(row);
  ctx.publish(rooms.chat(chatId), 'chat:message-added', { chatId, message });
  return message;
}

/** Any order, through the same state machine as everyone (staff may move it along or cancel it). */
export function moveShopperOrder(desk: StaffDesk, input: z.output<typeof StaffOrderMoveSchema>): Promise<Order> {
  const row = desk.ctx.db.select({ id: orders.id }).from(orders).where(eq(orders.number, input.number)).get();
  if (!row) throw new AppError('not_found', 'order_not_found');
  return moveOrder(desk.ctx, row.id, input.to, 'staff', input.note);
}
