import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { chats, staffActions } from '../../db/schema.js';
import type { StaffMember } from '../../../shared/staff.js';
import type { ChatRow } from '../chat/chat.repo.js';
import { recordStaffAction } from './staff-audit.js';
import type { StaffDesk } from './staff-desk.js';
import { insertNote, publishNote } from './staff-notes.js';

/**
 * Round-robin for hand-offs ([ASSIGN5], DESK_ROUND_ROBIN=on): a conversation handed to a person
 * is assigned to the online staff member with the fewest open conversations assigned; a tie
 * goes to whoever was assigned one longest ago (never before counts as longest), then the lower
 * id, so the choice is the same on every run.
 */

/** The desk acting by itself (author id null). Its words are English: notes are staff-facing. */
export const DESK_AUTHOR = { id: null, name: 'VisionX desk' } as const;
export const roundRobinNote = (name: string) => `Assigned to ${name} by round-robin`;

export function nextByRoundRobin(desk: StaffDesk, online: readonly StaffMember[]): StaffMember | undefined {
  if (online.length === 0) return undefined;
  const ids = online.map((m) => m.id);
  const { db } = desk.ctx;
  const open = new Map(
    db
      .select({ id: chats.assigneeId, n: sql<number>`count(*)` })
      .from(chats)
      .where(and(inArray(chats.assigneeId, ids), ne(chats.status, 'closed')))
      .groupBy(chats.assigneeId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  // The latest record of each member getting a conversation (an action id orders them even at one clock tick).
  const to = sql<number>`coalesce(json_extract(${staffActions.detail}, '$.to'), ${staffActions.staffId})`;
  const last = new Map(
    db
      .select({ id: to, at: sql<number>`max(${staffActions.id})` })
      .from(staffActions)
      .where(
        or(
          and(eq(staffActions.action, 'assign'), sql`json_extract(${staffActions.detail}, '$.to') in ${ids}`),
          and(eq(staffActions.action, 'take-over'), inArray(staffActions.staffId, ids)),
        ),
      )
      .groupBy(to)
      .all()
      .map((r) => [r.id, r.at]),
  );
  const key = (m: StaffMember) => [open.get(m.id) ?? 0, last.get(m.id) ?? 0, m.id];
  return [...online].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  })[0];
}

/** On a hand-off: assign an unassigned conversation by round-robin; the row as it is after. */
export function assignByRoundRobin(desk: StaffDesk, chat: ChatRow): ChatRow {
  const { ctx } = desk;
  if (ctx.config.DESK_ROUND_ROBIN !== 'on' || chat.assigneeId !== null) return chat;
  const member = nextByRoundRobin(desk, desk.presence.staffOnline());
  if (!member) return chat;
  const now = ctx.now();
  const done = ctx.db.transaction((tx) => {
    const row = tx
      .update(chats)
      .set({ assigneeId: member.id, assigneeName: member.name, updatedAt: now })
      .where(and(eq(chats.id, chat.id), isNull(chats.assigneeId), ne(chats.status, 'closed')))
      .returning()
      .get();
    if (!row) return undefined;
    recordStaffAction(tx, DESK_AUTHOR, 'assign', { chatId: row.id, detail: { from: null, to: member.id } }, now);
    return { row, note: insertNote(tx, row.id, DESK_AUTHOR, roundRobinNote(member.name), now) };
  });
  if (!done) return chat;
  publishNote(ctx, done.note);
  // Nothing for the shopper to see: the hand-off alert that follows carries the assigned row.
  return done.row;
}
