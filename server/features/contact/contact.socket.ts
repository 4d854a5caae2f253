import type { AppContext } from '../../context.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import { ContactMessageSchema } from '../../../shared/contact.js';
import type { ChatEvents } from '../chat/chat-events.js';
import { insertContactConversation } from './contact-conversation.js';
import { createContactQuota } from './contact-quota.js';
import { contactMessagesOf, insertContactMessage } from './contact.repo.js';

/**
 * The contact form: messages are stored (and purged after 12 months), each with a conversation
 * that waits for a person on the staff desk; online staff are alerted as for a hand-off.
 */
export const contactHandlers = (ctx: AppContext, chatEvents: ChatEvents): FeatureRoutes => {
  const quota = createContactQuota(ctx.config, ctx.limits);
  return {
    routes: [
      route('contact:send', {
        schema: ContactMessageSchema,
        run: async (input, { session, socket }) => {
          // After validation (in the wrapper): a message that is refused as invalid spends nothing.
          await quota.spend(session.id, socket.data.address, ctx.now());
          const now = ctx.now();
          const { row, chat } = ctx.db.transaction((tx) => ({
            row: insertContactMessage(tx, session.userId, input, now),
            chat: insertContactConversation(tx, session, input, now),
          }));
          ctx.log.info({ contactMessageId: row.id, chatId: chat.id, topic: input.topic }, 'contact message stored');
          chatEvents.emit('handoff-requested', chat);
          return { id: row.id, receivedAt: new Date(row.createdAt).toISOString() };
        },
      }),
    ],
  };
};

/**
 * Export: the account's messages; erasure takes them with the account (cascade). Messages sent
 * as a guest are not the account's: their email address was never verified, so anyone could
 * have written it, and erasing by address would let one person delete another's messages.
 */
export function registerContactExport(ctx: AppContext): void {
  ctx.hooks.exportUser.push({ section: 'contactMessages', collect: contactMessagesOf });
}
