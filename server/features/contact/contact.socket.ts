import type { AppContext } from '../../context.js';
import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { ContactMessageSchema } from '../../../shared/contact.js';
import { findUserById } from '../auth/users.repo.js';
import { contactMessagesOf, deleteGuestMessagesFrom, insertContactMessage } from './contact.repo.js';

/** The contact form: stored now; a later issue turns it into a support conversation. */
export const contactHandlers =
  (ctx: AppContext): RegisterHandlers =>
  (socket, limiter) => {
    handle(ctx, limiter, socket, 'contact:send', {
      schema: ContactMessageSchema,
      run: (input, { session }) => {
        const row = insertContactMessage(ctx.db, session.userId, input, ctx.now());
        ctx.log.info({ contactMessageId: row.id, topic: input.topic }, 'contact message stored');
        return { id: row.id, receivedAt: new Date(row.createdAt).toISOString() };
      },
    });
  };

/** Export: the account's messages. Erasure: those go with the account (cascade); guest messages from its address go too. */
export function registerContactPrivacy(ctx: AppContext): void {
  ctx.hooks.exportUser.push({ section: 'contactMessages', collect: contactMessagesOf });
  ctx.hooks.eraseUser.push((db, userId) => {
    const user = findUserById(db, userId);
    if (user) deleteGuestMessagesFrom(db, user.email);
  });
}
