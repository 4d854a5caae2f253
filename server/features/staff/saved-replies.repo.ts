import { asc, count, eq, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { savedReplies } from '../../db/schema.js';
import type { SavedReply } from '../../../shared/saved-replies.js';

/** The team's saved replies (docs/ARCHITECTURE.md §7): storage only; the rules are in saved-replies.ts. */
export type SavedReplyRow = typeof savedReplies.$inferSelect;

export const toSavedReply = (row: SavedReplyRow): SavedReply => ({
  id: row.id,
  title: row.title,
  body: row.body,
  updatedBy: row.updatedByName,
  updatedAt: new Date(row.updatedAt).toISOString(),
});

/** By title as people read it (case does not split the list), then by age. */
export const listSavedReplies = (db: DbLike): SavedReply[] =>
  db
    .select()
    .from(savedReplies)
    .orderBy(sql`${savedReplies.title} collate nocase`, asc(savedReplies.id))
    .all()
    .map(toSavedReply);

export const findSavedReply = (db: DbLike, id: number): SavedReplyRow | undefined =>
  db.select().from(savedReplies).where(eq(savedReplies.id, id)).get();

export const countSavedReplies = (db: DbLike): number => db.select({ n: count() }).from(savedReplies).get()?.n ?? 0;

/** The reply already titled `title`, ignoring case ("Refunds" and "refunds" would read as one). */
export const savedReplyTitled = (db: DbLike, title: string): SavedReplyRow | undefined =>
  db.select().from(savedReplies).where(sql`${savedReplies.title} = ${title} collate nocase`).get();

export function insertSavedReply(
  db: DbLike,
  values: { title: string; body: string; by: { id: number; name: string }; now: number },
): SavedReplyRow {
  return db
    .insert(savedReplies)
    .values({
      title: values.title,
      body: values.body,
      createdById: values.by.id,
      updatedByName: values.by.name,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning()
    .get();
}

export function updateSavedReply(
  db: DbLike,
  id: number,
  values: { title: string; body: string; by: { name: string }; now: number },
): SavedReplyRow {
  return db
    .update(savedReplies)
    .set({ title: values.title, body: values.body, updatedByName: values.by.name, updatedAt: values.now })
    .where(eq(savedReplies.id, id))
    .returning()
    .get()!;
}

export const deleteSavedReply = (db: DbLike, id: number): boolean =>
  db.delete(savedReplies).where(eq(savedReplies.id, id)).run().changes > 0;
