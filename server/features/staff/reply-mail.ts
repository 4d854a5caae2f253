import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { chatMessages } from '../../db/schema.js';
import { findUserById } from '../auth/users.repo.js';
import type { ChatRow, MessageRow } from '../chat/chat.repo.js';
import { contactReply, staffReply } from '../mail/templates/chat-replies.js';
import type { StaffDesk } from './staff-desk.js';
import { shopperRoom } from './shopper-of-chat.js';
import { resumeUrl } from '../mail/links.js';
import { mailLocale } from '../locale/locale.repo.js';

/**
 * Mail for a staff reply, queued in the reply's own transaction:
 * - a contact-form conversation: every reply goes to the address the shopper gave ([MAIL6]);
 * - otherwise, only when the shopper has no tab open, "you have a reply" to the account's email,
 *   at most once per run of replies the shopper has not answered: the event id names the first
 *   staff reply after their last message, so later replies queue nothing until they write
 *   again ([MAIL5]). A guest with no address is not emailed (there is nobody to write to).
 */
export function queueReplyMail(
  desk: StaffDesk,
  tx: DbLike,
  chat: ChatRow,
  message: Pick<MessageRow, 'id' | 'content'>,
  staffName: string,
  now: number,
): void {
  const { ctx } = desk;
  const link = resumeUrl(ctx.config.PUBLIC_URL, chat.id);
  const reply = { staffName, reply: message.content, resumeUrl: link };
  // The shopper's language: the account's, else that of the session the conversation is on ([LANG4]).
  const locale = mailLocale(tx, chat);
  if (chat.channel === 'contact' && chat.contactEmail) {
    const mail = contactReply({ ...reply, contactName: chat.contactName ?? '' }, locale);
    ctx.outbox.queue(
      tx,
      { eventId: `contact-reply:${message.id}`, kind: 'contact_reply', to: chat.contactEmail, ...mail },
      now,
    );
    return;
  }
  if (desk.presence.shopperTabs(shopperRoom(chat)) > 0) return;
  const to = chat.userId !== null ? findUserById(tx, chat.userId)?.email : chat.contactEmail;
  if (!to) return;
  const lastWord = tx
    .select({ id: chatMessages.id })
    .from(chatMessages)
    .where(and(eq(chatMessages.chatId, chat.id), eq(chatMessages.role, 'user')))
    .orderBy(desc(chatMessages.id))
    .limit(1)
    .get();
  const firstUnanswered = tx
    .select({ id: chatMessages.id })
    .from(chatMessages)
    .where(
      and(eq(chatMessages.chatId, chat.id), eq(chatMessages.role, 'staff'), gt(chatMessages.id, lastWord?.id ?? 0)),
    )
    .orderBy(asc(chatMessages.id))
    .limit(1)
    .get();
  const eventId = `staff-reply:${chat.id}:${firstUnanswered?.id ?? message.id}`;
  ctx.outbox.queue(tx, { eventId, kind: 'staff_reply', to, ...staffReply(reply, locale) }, now);
}
