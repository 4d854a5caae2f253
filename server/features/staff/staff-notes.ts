import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { chatNotes } from '../../db/schema.js';
import { rooms } from '../../socket/rooms.js';
import type { StaffNote } from '../../../shared/staff.js';

type NoteRow = typeof chatNotes.$inferSelect;

export const toNote = (row: NoteRow): StaffNote => ({
  id: row.id,
  chatId: row.chatId,
  author: row.authorName,
  content: row.content,
  createdAt: new Date(row.createdAt).toISOString(),
});

/**
 * An internal note: staff write it for each other. It lives in its own table, not among the
 * messages, so no path that serves a shopper (transcript, history, export) can carry it.
 * `author.id` null: the desk itself wrote it (a round-robin assignment).
 */
export function insertNote(
  db: DbLike,
  chatId: number,
  author: { id: number | null; name: string },
  content: string,
  now: number,
): StaffNote {
  const row = db
    .insert(chatNotes)
    .values({ chatId, authorId: author.id, authorName: author.name, content, createdAt: now })
    .returning()
    .get();
  return toNote(row);
}

/** To the staff watching the conversation only: room `staff-watch:<id>`, which no shopper socket joins. */
export function publishNote(ctx: AppContext, note: StaffNote): void {
  ctx.publish(rooms.staffWatch(note.chatId), 'staff:note-added', note);
}

export function notesOf(db: DbLike, chatId: number): StaffNote[] {
  return db.select().from(chatNotes).where(eq(chatNotes.chatId, chatId)).orderBy(asc(chatNotes.id)).all().map(toNote);
}
