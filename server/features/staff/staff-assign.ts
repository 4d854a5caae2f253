import { and, eq, isNull, ne } from 'drizzle-orm';
import { chats, users } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { StaffAssignSchema } from '../../../shared/desk-triage.js';
import type { StaffConversation } from '../../../shared/staff.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { addSystemNote } from '../chat/chat-status.js';
import { findChat, type ChatRow } from '../chat/chat.repo.js';
import type { z } from 'zod';
import { firstName } from './shopper-of-chat.js';
import { staffMember, type StaffMemberRow } from './staff-actions.js';
import { recordStaffAction } from './staff-audit.js';
import { staffRow } from './staff-board.js';
import { refreshRow, type StaffDesk } from './staff-desk.js';
import { insertNote, publishNote } from './staff-notes.js';
import { chatOrNotFound } from './staff-watch.js';

/**
 * Assignment is ownership, apart from who speaks ([ASSIGN1]–[ASSIGN4]): `assigneeId` says whose
 * conversation it is; status 'staff' says that this person speaks in it now. A transfer while a
 * person speaks makes the colleague the one who speaks.
 */

/** The colleague to assign: a staff account (online or not: it is theirs when they come back). */
export function staffTarget(desk: StaffDesk, id: number): StaffMemberRow {
  const user = desk.ctx.db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (user?.role !== 'staff') throw new AppError('not_found', 'staff_member_not_found');
  return { id: user.id, name: firstName(user.name) };
}

/** Every staff account, by first name (the assign menu; online ones are marked by the client). */
export function staffMembers(desk: StaffDesk): StaffMemberRow[] {
  return desk.ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.role, 'staff'))
    .all()
    .map((u) => ({ id: u.id, name: firstName(u.name) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}

const isOnline = (desk: StaffDesk, id: number) => desk.presence.staffOnline().some((m) => m.id === id);

/** The assignment is no longer what the desk showed: say who has it now. */
function changedMeanwhile(desk: StaffDesk, chatId: number): AppError {
  const now = findChat(desk.ctx.db, chatId);
  if (!now || now.status === 'closed') return new AppError('conflict', 'conversation_closed');
  return now.assigneeName
    ? new AppError('conflict', 'assignment_changed', { params: { name: now.assigneeName } })
    : new AppError('conflict', 'assignment_changed_to_nobody');
}

/** Who may: anyone while nobody has it; its assignee; anyone else only once the assignee is offline. */
function mayReassign(desk: StaffDesk, before: ChatRow, me: StaffMemberRow): void {
  const holder = before.assigneeId;
  if (holder === null || holder === me.id || !isOnline(desk, holder)) return;
  throw new AppError('conflict', 'taken_by', { params: { name: before.assigneeName ?? '' } });
}

/**
 * One conditional UPDATE (the assignee still the one the desk showed, the conversation not
 * closed) decides between staff assigning at once: exactly one wins ([ASSIGN2]). The note and
 * the record commit with it.
 */
export function staffAssign(
  desk: StaffDesk,
  staff: LiveSession,
  input: z.output<typeof StaffAssignSchema>,
): StaffConversation {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const before = chatOrNotFound(desk, input.chatId);
  if (before.status === 'closed') throw new AppError('conflict', 'conversation_closed');
  if (before.assigneeId !== input.expectedAssigneeId) throw changedMeanwhile(desk, before.id);
  mayReassign(desk, before, me);
  const target = input.toId === null ? null : staffTarget(desk, input.toId);
  // Someone speaks for VisionX here: unassigning would leave the shopper with nobody; hand back instead.
  if (target === null && before.status === 'staff') throw new AppError('conflict', 'hand_back_first');
  if ((target?.id ?? null) === before.assigneeId) return staffRow(ctx, desk.presence, before);
  // The colleague would speak for VisionX at once: someone who is not here would leave the shopper unanswered.
  if (target && before.status === 'staff' && !isOnline(desk, target.id))
    throw new AppError('conflict', 'colleague_offline', { params: { name: target.name } });
  const done = writeAssignment(desk, me, before, target, input.note);
  if (!done) throw changedMeanwhile(desk, before.id);
  if (done.note) publishNote(ctx, done.note);
  // The shopper sees a change only when the one who speaks changes (the note's push moves the
  // row too); otherwise only the desks are told.
  if (target && done.row.status === 'staff')
    addSystemNote(ctx, done.row.id, `${target.name} from VisionX support joined.`);
  else refreshRow(desk, done.row.id);
  return staffRow(ctx, desk.presence, done.row);
}

/**
 * The write that decides: the assignee still the one read as `before`, the conversation not
 * closed. Exported so a test can hand it a `before` that is stale by then, as another process's
 * write would make it ([ASSIGN2]).
 */
export function writeAssignment(
  desk: StaffDesk,
  me: StaffMemberRow,
  before: ChatRow,
  target: StaffMemberRow | null,
  noteText: string | undefined,
) {
  const { ctx } = desk;
  const now = ctx.now();
  return ctx.db.transaction((tx) => {
    const row = tx
      .update(chats)
      .set({ assigneeId: target?.id ?? null, assigneeName: target?.name ?? null, updatedAt: now })
      .where(
        and(
          eq(chats.id, before.id),
          before.assigneeId === null ? isNull(chats.assigneeId) : eq(chats.assigneeId, before.assigneeId),
          ne(chats.status, 'closed'),
        ),
      )
      .returning()
      .get();
    if (!row) return undefined;
    const detail = { from: before.assigneeId, to: target?.id ?? null };
    recordStaffAction(tx, me, 'assign', { chatId: row.id, detail }, now);
    const note = noteText ? insertNote(tx, row.id, me, noteText, now) : null;
    return { row, note };
  });
}
