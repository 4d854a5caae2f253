import { and, eq, ne } from 'drizzle-orm';
import { chats, chatTags } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Priority } from '../../../shared/desk.js';
import { SNOOZE_MAX_DAYS, type StaffSetStatusSchema } from '../../../shared/desk-triage.js';
import type { StaffConversation } from '../../../shared/staff.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { publishSummary } from '../chat/chat-status.js';
import { findChat, REOPENED, type ChatRow } from '../chat/chat.repo.js';
import type { z } from 'zod';
import { staffMember } from './staff-actions.js';
import { recordStaffAction } from './staff-audit.js';
import { staffRow } from './staff-board.js';
import { refreshRow, type StaffDesk } from './staff-desk.js';
import { chatOrNotFound } from './staff-watch.js';

/**
 * A conversation's desk status, tags and priority ([DESKST1], [TAG1]): any staff member sets
 * them; each is recorded and pushes the row. 'resolved' is `staff:close`, with its note.
 */
const DAY = 24 * 60 * 60_000;

const pushed = (desk: StaffDesk, row: ChatRow): StaffConversation => {
  refreshRow(desk, row.id);
  return staffRow(desk.ctx, desk.presence, row);
};

function snoozeTime(until: string, now: number): number {
  const at = Date.parse(until);
  const fields = (issue: { code: 'not_in_future' } | { code: 'too_far_ahead'; maximum: number }) =>
    new AppError('bad_request', undefined, { fields: { snoozedUntil: issue } });
  if (!(at > now)) throw fields({ code: 'not_in_future' });
  if (at > now + SNOOZE_MAX_DAYS * DAY) throw fields({ code: 'too_far_ahead', maximum: SNOOZE_MAX_DAYS });
  return at;
}

/** open (a resolved conversation opens again, back with the assistant), pending, or snoozed until a time. */
export function setDeskStatus(
  desk: StaffDesk,
  staff: LiveSession,
  input: z.output<typeof StaffSetStatusSchema>,
): StaffConversation {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const chat = chatOrNotFound(desk, input.chatId);
  const now = ctx.now();
  if (chat.status === 'closed') {
    if (input.status !== 'open') throw new AppError('conflict', 'conversation_closed');
    return reopen(desk, me, chat, now);
  }
  const snoozedUntil = input.status === 'snoozed' ? snoozeTime(input.snoozedUntil!, now) : null;
  const row = ctx.db.transaction((tx) => {
    const changed = tx
      .update(chats)
      .set({ deskStatus: input.status, snoozedUntil })
      .where(and(eq(chats.id, chat.id), ne(chats.status, 'closed')))
      .returning()
      .get();
    const detail = { status: input.status, snoozedUntil };
    if (changed) recordStaffAction(tx, me, 'status', { chatId: chat.id, detail }, now);
    return changed;
  });
  if (!row) throw new AppError('conflict', 'conversation_closed');
  return pushed(desk, row);
}

function reopen(desk: StaffDesk, me: { id: number; name: string }, chat: ChatRow, now: number): StaffConversation {
  const { ctx } = desk;
  const row = ctx.db.transaction((tx) => {
    const changed = tx
      .update(chats)
      .set({ ...REOPENED, updatedAt: now })
      .where(and(eq(chats.id, chat.id), eq(chats.status, 'closed')))
      .returning()
      .get();
    if (changed) recordStaffAction(tx, me, 'reopen', { chatId: chat.id }, now);
    return changed;
  });
  // Reopened meanwhile (by the shopper or a colleague): it is open, as asked.
  if (!row) return staffRow(ctx, desk.presence, findChat(ctx.db, chat.id)!);
  publishSummary(ctx, row);
  return staffRow(ctx, desk.presence, row);
}

/** Replaces the conversation's tags with these (already trimmed, lower case, unique). */
export function setTags(
  desk: StaffDesk,
  staff: LiveSession,
  input: { chatId: number; tags: string[] },
): StaffConversation {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const chat = chatOrNotFound(desk, input.chatId);
  const now = ctx.now();
  ctx.db.transaction((tx) => {
    tx.delete(chatTags).where(eq(chatTags.chatId, chat.id)).run();
    if (input.tags.length)
      tx.insert(chatTags)
        .values(input.tags.map((tag) => ({ chatId: chat.id, tag })))
        .run();
    recordStaffAction(tx, me, 'tags', { chatId: chat.id, detail: { tags: input.tags } }, now);
  });
  return pushed(desk, chat);
}

export function setPriority(
  desk: StaffDesk,
  staff: LiveSession,
  input: { chatId: number; priority: Priority },
): StaffConversation {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const chat = chatOrNotFound(desk, input.chatId);
  const now = ctx.now();
  const row = ctx.db.transaction((tx) => {
    recordStaffAction(tx, me, 'priority', { chatId: chat.id, detail: { priority: input.priority } }, now);
    return tx.update(chats).set({ priority: input.priority }).where(eq(chats.id, chat.id)).returning().get()!;
  });
  return pushed(desk, row);
}
