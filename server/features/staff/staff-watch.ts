import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { AppSocket } from '../../socket/types.js';
import type { StaffConversationDetail } from '../../../shared/staff.js';
import { readCart } from '../cart/cart.repo.js';
import { snapshotOf } from '../chat/chat-conversations.js';
import { findChat, messagesOf, type ChatRow } from '../chat/chat.repo.js';
import { listOwnOrders } from '../orders/orders.service.js';
import { pastConversationsOf } from './past-conversations.js';
import { staffRow } from './staff-board.js';
import type { StaffDesk } from './staff-desk.js';
import { ownerOfChat, shopperRoom, shopperSession } from './shopper-of-chat.js';
import { notesOf } from './staff-notes.js';

export function chatOrNotFound(desk: StaffDesk, chatId: number): ChatRow {
  const chat = findChat(desk.ctx.db, chatId);
  if (!chat) throw new AppError('not_found', 'conversation_not_found');
  return chat;
}

/**
 * Watch a conversation: its room (the same stream the shopper sees), and the shopper's cart
 * and orders as they change. Joined before the snapshot is taken, like a shopper's tab.
 */
export async function watchConversation(
  desk: StaffDesk,
  socket: AppSocket,
  chatId: number,
): Promise<StaffConversationDetail> {
  const { ctx } = desk;
  const chat = chatOrNotFound(desk, chatId);
  void socket.join([rooms.chat(chat.id), rooms.staffWatch(chat.id)]);
  desk.presence.watch(socket.id, shopperRoom(chat), chat.id);
  const transcript = { ...(await snapshotOf(desk.hub, chat)), current: false };
  const toolActions = messagesOf(ctx.db, chat.id).flatMap((m) =>
    m.toolCalls.map((call) => ({
      messageId: m.id,
      name: call.name,
      ok: call.ok,
      summary: call.summary,
      at: new Date(m.completedAt ?? m.createdAt).toISOString(),
    })),
  );
  const email =
    chat.userId === null
      ? null
      : (ctx.db.select({ email: users.email }).from(users).where(eq(users.id, chat.userId)).get()?.email ?? null);
  return {
    conversation: staffRow(ctx, desk.presence, chat),
    transcript,
    cart: readCart(ctx.db, ownerOfChat(chat)),
    orders: listOwnOrders(ctx, shopperSession(chat)),
    toolActions,
    shopperEmail: email,
    notes: notesOf(ctx.db, chat.id),
    pastConversations: pastConversationsOf(ctx, chat),
  };
}

export function unwatchConversation(
  desk: StaffDesk,
  socket: AppSocket,
  chatId: number,
  left: (desk: StaffDesk, chatIds: number[]) => void = () => {},
): null {
  void socket.leave(rooms.chat(chatId));
  void socket.leave(rooms.staffWatch(chatId));
  left(desk, desk.presence.unwatch(socket.id, chatId));
  return null;
}
