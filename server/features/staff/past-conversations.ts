import type { AppContext } from '../../context.js';
import type { ChatSummary } from '../../../shared/chat.js';
import { listChats, type ChatRow } from '../chat/chat.repo.js';
import { shopperSession } from './shopper-of-chat.js';

export const PAST_CONVERSATIONS = 20;

/**
 * The shopper's other conversations, newest first, for the desk's customer pane: a signed-in
 * shopper's from any session, a guest's from the same session (all a guest is known by). The
 * shopper's own list (listChats), so staff see what the shopper sees, contact-form ones included.
 */
export function pastConversationsOf(ctx: AppContext, chat: ChatRow): ChatSummary[] {
  return listChats(ctx.db, shopperSession(chat))
    .filter((c) => c.id !== chat.id)
    .slice(0, PAST_CONVERSATIONS);
}
