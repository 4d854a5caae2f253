import { and, eq, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { chatNotes, staffActions } from '../../db/schema.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import type { StaffMember, StaffNote } from '../../../shared/staff.js';
import { StaffNoteSchema, type StaffNoteInput } from '../../../shared/staff-notes.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { staffMember } from './staff-actions.js';
import { recordStaffAction } from './staff-audit.js';
import type { StaffDesk } from './staff-desk.js';
import { insertNote, publishNote, toNote } from './staff-notes.js';
import { chatOrNotFound } from './staff-watch.js';

/**
 * The note a resend of `clientId` already stored. chat_notes has no client id column: the note's
 * record in staff_actions carries it (detail.clientId), written in the same transaction as the
 * note, so the check is exact (same author, conversation and client id) and never merges two
 * notes that merely say the same thing.
 */
function noteOfClientId(db: DbLike, me: StaffMember, chatId: number, clientId: string): StaffNote | undefined {
  const row = db
    .select({ note: chatNotes })
    .from(staffActions)
    .innerJoin(chatNotes, eq(chatNotes.id, sql`json_extract(${staffActions.detail}, '$.noteId')`))
    .where(
      and(
        eq(staffActions.chatId, chatId),
        eq(staffActions.action, 'note'),
        eq(staffActions.staffId, me.id),
        eq(sql`json_extract(${staffActions.detail}, '$.clientId')`, clientId),
      ),
    )
    .get();
  return row ? toNote(row.note) : undefined;
}

/**
 * Any staff member writes a note on any conversation, closed ones too, without taking it over
 * ([NOTE1]). Stored and recorded in one transaction; pushed only to the staff watching it ([NOTE2]).
 */
export function writeNote(desk: StaffDesk, staff: LiveSession, input: StaffNoteInput): StaffNote {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const chat = chatOrNotFound(desk, input.chatId);
  const now = ctx.now();
  const { note, fresh } = ctx.db.transaction((tx) => {
    const resent = noteOfClientId(tx, me, chat.id, input.clientId);
    if (resent) return { note: resent, fresh: false };
    const stored = insertNote(tx, chat.id, me, input.text, now);
    recordStaffAction(
      tx,
      me,
      'note',
      { chatId: chat.id, detail: { noteId: stored.id, clientId: input.clientId } },
      now,
    );
    return { note: stored, fresh: true };
  });
  if (fresh) publishNote(ctx, note);
  return note;
}

/** `staff:note`. Staff only. */
export const staffNoteHandlers = (desk: StaffDesk): FeatureRoutes => ({
  routes: [
    route('staff:note', {
      schema: StaffNoteSchema,
      access: 'staff',
      run: (input, { session }) => writeNote(desk, session, input),
    }),
  ],
});
