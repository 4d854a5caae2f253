import type { AppContext } from '../../context.js';
import { chatRatings } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { ChatMessage, RatingCardData } from '../../../shared/chat.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { ownChat } from '../chat/chat-conversations.js';
import { findMessage, insertMessage, toMessage, updateMessage } from '../chat/chat.repo.js';
import { refreshRow, type StaffDesk } from './staff-desk.js';

/**
 * The shopper's rating of a resolved conversation (docs/SPEC.md [RATE1]–[RATE3]). Closing adds a
 * system message carrying a pending rating card to room `chat:<id>` (every tab of the shopper,
 * every staff member watching); the shopper answers it once. The unique message id of
 * chat_ratings decides between two answers racing (two tabs, two processes). The comment is the
 * shopper's own words: it is stored and shown to staff, never logged.
 */
export function offerRating(ctx: AppContext, chatId: number): void {
  const now = ctx.now();
  const card: RatingCardData = { kind: 'rating', state: 'pending' };
  const row = insertMessage(ctx.db, {
    chatId,
    role: 'system',
    status: 'complete',
    content: '',
    cards: [card],
    createdAt: now,
    completedAt: now,
  });
  ctx.publish(rooms.chat(chatId), 'chat:message-added', { chatId, message: toMessage(row) });
}

export function rateConversation(
  desk: StaffDesk,
  session: LiveSession,
  input: { chatId: number; messageId: number; score: number; comment?: string },
): ChatMessage {
  const { ctx } = desk;
  const chat = ownChat(desk.hub, session, input.chatId);
  const comment = input.comment ?? '';
  const now = ctx.now();
  const row = ctx.db.transaction((tx) => {
    const message = findMessage(tx, chat.id, input.messageId);
    const index = message?.role === 'system' ? message.cards.findIndex((c) => c.kind === 'rating') : -1;
    if (!message || index < 0) throw new AppError('not_found', 'rating_not_found');
    const stored = tx
      .insert(chatRatings)
      .values({ chatId: chat.id, messageId: message.id, score: input.score, comment, createdAt: now })
      .onConflictDoNothing({ target: chatRatings.messageId })
      .returning({ id: chatRatings.id })
      .get();
    if (!stored) throw new AppError('conflict', 'already_rated');
    const rated: RatingCardData = { kind: 'rating', state: 'rated', score: input.score, ...(comment && { comment }) };
    return updateMessage(tx, message.id, { cards: message.cards.map((c, i) => (i === index ? rated : c)) })!;
  });
  const message = toMessage(row);
  ctx.publish(rooms.chat(chat.id), 'chat:message-updated', { chatId: chat.id, message });
  refreshRow(desk, chat.id);
  return message;
}
