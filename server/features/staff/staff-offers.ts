import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { ChatMessage } from '../../../shared/chat.js';
import type { z } from 'zod';
import type { StaffProposeSchema } from '../../../shared/staff.js';
import { proposeCartChangeTool } from '../../assistant/tools/cart-tools.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { assistantShop } from '../chat/assistant-shop.js';
import { requestHuman } from '../chat/chat-status.js';
import { insertMessage, toMessage, updateChat } from '../chat/chat.repo.js';
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
