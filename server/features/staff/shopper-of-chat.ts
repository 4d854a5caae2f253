import type { ChatRow } from '../chat/chat.repo.js';
import type { CartOwner } from '../cart/cart.repo.js';
import { cartRoom } from '../cart/cart.service.js';
import type { LiveSession } from '../auth/sessions.repo.js';

/** The shopper a conversation belongs to, as the cart and order features know them. */
export const ownerOfChat = (chat: ChatRow): CartOwner =>
  chat.userId !== null ? { userId: chat.userId } : { sessionId: chat.sessionId };

/** The shopper's own room (all their tabs): also the key staff watchers are kept under. */
export const shopperRoom = (chat: ChatRow) => cartRoom(ownerOfChat(chat));

/**
 * The shopper's identity, for staff acting on their behalf where the shop's rules are the
 * shopper's (a proposal checks *their* cart; their orders). Only ever built on the server
 * from a stored conversation, after the staff role was checked.
 */
export const shopperSession = (chat: ChatRow): LiveSession => ({
  id: chat.sessionId,
  userId: chat.userId,
  role: chat.userId !== null ? 'shopper' : 'guest',
});

/** Staff are shown to shoppers by first name. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
