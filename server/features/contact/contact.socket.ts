import type { AppContext } from '../../context.js';
import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { ContactMessageSchema } from '../../../shared/contact.js';
import { createContactQuota } from './contact-quota.js';
import { contactMessagesOf, insertContactMessage } from './contact.repo.js';

/** The contact form: messages are stored (and purged after 12 months); they start no support conversation. */
export const contactHandlers = (ctx: AppContext): RegisterHandlers => {
  const quota = createContactQuota(ctx.config);
  return (socket, limiter) => {
    const ip = socket.data.address;
    handle(ctx, limiter, socket, 'contact:send', {
      schema: ContactMessageSchema,
      run: (input, { session }) => {
        // After validation (in the wrapper): a message that is refused as invalid spends nothing.
        quota.spend(session.id, ip, ctx.now());
        const row = insertContactMessage(ctx.db, session.userId, input, ctx.now());
        ctx.log.info({ contactMessageId: row.id, topic: input.topic }, 'contact message stored');
        return { id: row.id, receivedAt: new Date(row.createdAt).toISOString() };
      },
    });
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
