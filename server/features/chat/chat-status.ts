import { rooms } from '../../socket/rooms.js';
import type { ChatSummary, Department } from '../../../shared/chat.js';
import { DEPARTMENT_NAMES } from '../../assistant/departments.js';
import type { AppContext } from '../../context.js';
import type { ChatHub } from './chat-hub.js';
import { findChat, insertMessage, summaryOf, toMessage, updateChat, type ChatRow } from './chat.repo.js';

/** After a conversation's department, status or flag changed: its room and the staff are told. */
export function publishSummary(ctx: AppContext, row: ChatRow): ChatSummary {
  const summary = summaryOf(ctx.db, row);
  ctx.publish(rooms.chat(row.id), 'chat:updated', summary);
  ctx.publish(rooms.staff(), 'chat:updated', summary);
  return summary;
}

/** A note in the conversation from the shop itself ("You are now talking to Tech support."). */
export function addSystemNote(ctx: AppContext, chatId: number, content: string): void {
  const row = insertMessage(ctx.db, { chatId, role: 'system', status: 'complete', content, createdAt: ctx.now(), completedAt: ctx.now() });
  ctx.publish(rooms.chat(chatId), 'chat:message-added', { chatId, message: toMessage(row) });
}

export function switchDepartment(hub: ChatHub, chat: ChatRow, department: Department): ChatSummary {
  const { ctx } = hub;
  if (chat.department === department) return summaryOf(ctx.db, chat);
  const now = ctx.now();
  const row = ctx.db.transaction((tx) => updateChat(tx, chat.id, { department, departmentChosen: true, updatedAt: now }));
  addSystemNote(ctx, chat.id, `You are now talking to ${DEPARTMENT_NAMES[department]}.`);
  return publishSummary(ctx, row);
}

const WAITING_NOTE =
  'We have asked a member of the VisionX support team to join this conversation. They will reply here as soon as one is free; ' +
  'the assistant can keep helping in the meantime.';

/**
 * The conversation waits for a person (the staff console takes it from there). Asking again
 * while waiting, or while staff already have it, changes nothing.
 */
export function requestHuman(hub: ChatHub, chatId: number, reason = ''): { status: string; staffOnline: boolean } {
  const { ctx } = hub;
  const chat = findChat(ctx.db, chatId);
  if (!chat) return { status: 'gone', staffOnline: false };
  if (chat.status === 'waiting' || chat.status === 'staff') return { status: chat.status, staffOnline: false };
  const row = updateChat(ctx.db, chatId, { status: 'waiting', updatedAt: ctx.now() });
  addSystemNote(ctx, chatId, WAITING_NOTE);
  publishSummary(ctx, row);
  ctx.log.info({ chatId, withReason: reason.length > 0 }, 'shopper asked for a person');
  return { status: 'waiting', staffOnline: false };
}
