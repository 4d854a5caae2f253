import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { AppSocket } from '../../socket/types.js';
import type { ChatList, ChatTranscript } from '../../../shared/chat.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import type { ChatHub } from './chat-hub.js';
import { liveSnapshot } from './remote-streams.js';
import {
  currentChatOf,
  findChat,
  insertChat,
  lastChatOf,
  listChats,
  messagesOf,
  ownsChat,
  summaryOf,
  toMessage,
  updateChat,
  type ChatRow,
} from './chat.repo.js';

/** An own conversation, or not_found (another identity's is indistinguishable from none). */
export function ownChat(hub: ChatHub, session: LiveSession, chatId: number): ChatRow {
  const row = findChat(hub.ctx.db, chatId);
  if (!row || !ownsChat(session, row)) throw new AppError('not_found', 'conversation_not_found');
  return row;
}

/**
 * The conversation as stored, with the answer in progress (if any) as far as it has come: from
 * this process's stream at once, or asked of the process relaying it ([XSTREAM3]; the stored
 * checkpoint when it does not answer in time). The caller joins the room first: a delta sent
 * meanwhile is either in the snapshot or numbered after it, and the client holds them until it
 * has the snapshot and applies only those after its `seq`.
 */
export async function snapshotOf(hub: ChatHub, chat: ChatRow): Promise<Omit<ChatTranscript, 'current'>> {
  const stream = await liveSnapshot(hub, chat.id);
  // Read after the owner answered: an answer that ended meanwhile is stored whole, and its text
  // so far would show a finished answer cut short [XSTREAM3].
  const messages = messagesOf(hub.ctx.db, chat.id).map((row) => {
    const message = toMessage(row);
    return stream?.messageId === row.id && row.status === 'streaming'
      ? { ...message, content: stream.text, cards: stream.cards, seq: stream.seq }
      : message;
  });
  return { chat: summaryOf(hub.ctx.db, chat), messages };
}

/**
 * Join the conversation's room, then take its snapshot (at once when this process relays the
 * answer), so no delta falls between the snapshot and the room: the client applies deltas with a
 * higher `seq` on top.
 */
export async function follow(
  hub: ChatHub,
  socket: AppSocket,
  session: LiveSession,
  chat: ChatRow,
): Promise<ChatTranscript> {
  void socket.join(rooms.chat(chat.id));
  const current = currentChatOf(hub.ctx.db, session)?.id === chat.id;
  return { ...(await snapshotOf(hub, chat)), current };
}

export function currentTranscript(
  hub: ChatHub,
  socket: AppSocket,
  session: LiveSession,
): Promise<ChatTranscript> | null {
  const chat = currentChatOf(hub.ctx.db, session);
  return chat ? follow(hub, socket, session, chat) : null;
}

export function listOwnChats(hub: ChatHub, session: LiveSession): ChatList {
  return { chats: listChats(hub.ctx.db, session), currentChatId: currentChatOf(hub.ctx.db, session)?.id ?? null };
}

/** Make the conversation this login session's current one (and tell the session's other tabs). */
export function makeCurrent(hub: ChatHub, session: LiveSession, chat: ChatRow): ChatRow {
  const { ctx } = hub;
  const current = currentChatOf(ctx.db, session);
  if (current?.id === chat.id) return chat;
  const row = updateChat(ctx.db, chat.id, {
    sessionId: session.id,
    currentAt: Math.max(ctx.now(), (current?.currentAt ?? 0) + 1),
  });
  ctx.publish(rooms.session(session.id), 'chat:current-changed', { chatId: row.id });
  return row;
}

/** "Continue last conversation" (no id: the last one before the current), or a past one by id. */
export function continueChat(
  hub: ChatHub,
  socket: AppSocket,
  session: LiveSession,
  chatId: number | undefined,
): Promise<ChatTranscript> {
  const current = currentChatOf(hub.ctx.db, session);
  const target =
    chatId !== undefined ? ownChat(hub, session, chatId) : lastChatOf(hub.ctx.db, session, current?.id ?? null);
  if (!target) throw new AppError('not_found', 'no_earlier_conversation');
  const row = makeCurrent(hub, session, target);
  return follow(hub, socket, session, row);
}

/** Leave the current conversation: a new, empty one becomes current (unless the current one is still empty). */
export function startNewChat(hub: ChatHub, session: LiveSession): null {
  const { ctx } = hub;
  const current = currentChatOf(ctx.db, session);
  if (current && messagesOf(ctx.db, current.id).length === 0) return null;
  const row = insertChat(ctx.db, session, 'sales', ctx.now());
  ctx.publish(rooms.session(session.id), 'chat:current-changed', { chatId: row.id });
  return null;
}
