import { rooms } from '../../socket/rooms.js';
import type { ChatSummary, Department } from '../../../shared/chat.js';
import { DEPARTMENT_NAMES } from '../../assistant/departments.js';
import type { AppContext } from '../../context.js';
import { and, eq } from 'drizzle-orm';
import { callbackRequests, chats, users } from '../../db/schema.js';
import type { ChatHub } from './chat-hub.js';
import { findChat, insertMessage, summaryOf, toMessage, updateChat, type ChatRow } from './chat.repo.js';

/** After a conversation's department, status or flag changed: its room is told (and, through it, the staff console). */
export function publishSummary(ctx: AppContext, row: ChatRow): ChatSummary {
  const summary = summaryOf(ctx.db, row);
  ctx.publish(rooms.chat(row.id), 'chat:updated', summary);
  return summary;
}

/** A note in the conversation from the shop itself ("You are now talking to Tech support."). */
export function addSystemNote(ctx: AppContext, chatId: number, content: string): void {
  const row = insertMessage(ctx.db, {
    chatId,
    role: 'system',
    status: 'complete',
    content,
    createdAt: ctx.now(),
    completedAt: ctx.now(),
  });
  ctx.publish(rooms.chat(chatId), 'chat:message-added', { chatId, message: toMessage(row) });
}

export function switchDepartment(hub: ChatHub, chat: ChatRow, department: Department): ChatSummary {
  const { ctx } = hub;
  if (chat.department === department) return summaryOf(ctx.db, chat);
  const now = ctx.now();
  const row = ctx.db.transaction((tx) =>
    updateChat(tx, chat.id, { department, departmentChosen: true, updatedAt: now }),
  );
  addSystemNote(ctx, chat.id, `You are now talking to ${DEPARTMENT_NAMES[department]}.`);
  return publishSummary(ctx, row);
}

const WAITING_NOTE =
  'We have asked a member of the VisionX support team to join this conversation. They will reply here as soon as one is free; ' +
  'the assistant can keep helping in the meantime.';
const callbackNote = (email: string | null) =>
  'Nobody from the VisionX support team is online right now. ' +
  (email
    ? `We have noted a callback request: someone will email you at ${email} within one working day.`
    : 'We have noted a callback request; so that we can reach you, sign in or leave your email address on our Contact page.') +
  ' The conversation stays open here too, and the assistant can keep helping in the meantime.';

/**
 * The conversation waits for a person. Online staff are alerted; with nobody online the shopper
 * is told so and a callback request is recorded with their contact. Asking again while waiting,
 * or while staff already have it, changes nothing.
 */
export function requestHuman(hub: ChatHub, chatId: number, _reason = ''): { status: string; staffOnline: boolean } {
  const { ctx, presence } = hub;
  const chat = findChat(ctx.db, chatId);
  const staffOnline = presence.staffOnline().length > 0;
  if (!chat) return { status: 'gone', staffOnline };
  if (chat.status === 'waiting' || chat.status === 'staff') return { status: chat.status, staffOnline };
  const now = ctx.now();
  const email =
    chat.userId === null
      ? null
      : (ctx.db.select({ email: users.email }).from(users).where(eq(users.id, chat.userId)).get()?.email ?? null);
  const row = ctx.db.transaction((tx) => {
    if (!staffOnline) tx.insert(callbackRequests).values({ chatId, contact: email, createdAt: now }).run();
    return updateChat(tx, chatId, {
      status: 'waiting',
      waitingSince: now,
      deskStatus: 'open',
      snoozedUntil: null,
      handoffAt: chat.handoffAt ?? now,
      awaitingReplySince: chat.awaitingReplySince ?? now,
      updatedAt: now,
    });
  });
  addSystemNote(ctx, chatId, staffOnline ? WAITING_NOTE : callbackNote(email));
  publishSummary(ctx, row);
  if (staffOnline) hub.events.emit('handoff-requested', row);
  ctx.log.info({ chatId, staffOnline }, 'shopper asked for a person');
  return { status: 'waiting', staffOnline };
}

const ENDED_NOTE = 'The assistant ended this conversation. Write again any time to reopen it.';

/**
 * The engine ended the conversation (a Voiceflow `end` trace): it is closed as staff close one,
 * unless a person has it or it waits for one, which the assistant never overrides [VF5].
 */
export function closeByAssistant(hub: ChatHub, chatId: number): void {
  const { ctx } = hub;
  const now = ctx.now();
  const row = ctx.db
    .update(chats)
    .set({
      status: 'closed',
      deskStatus: 'resolved',
      snoozedUntil: null,
      closedAt: now,
      resolution: 'Ended by the assistant',
      waitingSince: null,
      awaitingReplySince: null,
      updatedAt: now,
    })
    .where(and(eq(chats.id, chatId), eq(chats.status, 'ai')))
    .returning()
    .get();
  if (!row) return;
  addSystemNote(ctx, chatId, ENDED_NOTE);
  publishSummary(ctx, row);
}
