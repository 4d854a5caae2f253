import { and, eq, lt } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { chats, contactMessages } from '../../db/schema.js';
import type { ContactMessageInput } from '../../../shared/contact.js';

export function insertContactMessage(db: DbLike, userId: number | null, input: ContactMessageInput, now: number) {
  return db
    .insert(contactMessages)
    .values({ ...input, userId, createdAt: now })
    .returning({ id: contactMessages.id, createdAt: contactMessages.createdAt })
    .get();
}

export function contactMessagesOf(db: DbLike, userId: number) {
  return db
    .select({
      topic: contactMessages.topic,
      message: contactMessages.message,
      email: contactMessages.email,
      name: contactMessages.name,
      createdAt: contactMessages.createdAt,
    })
    .from(contactMessages)
    .where(eq(contactMessages.userId, userId))
    .all()
    .map((m) => ({ ...m, createdAt: new Date(m.createdAt).toISOString() }));
}

/** The privacy policy's promise (client/src/i18n/en/policies/privacy.ts, "How long we keep it"): 12 months. */
export const CONTACT_RETENTION_MS = 365 * 24 * 60 * 60_000;

/**
 * Delete contact messages past their retention, and the desk's conversations they started (the
 * message is their first line; notes, tags and ratings go with them); answers how many went.
 */
export function purgeOldContactMessages(db: DbLike, now: number): number {
  const before = now - CONTACT_RETENTION_MS;
  db.delete(chats)
    .where(and(eq(chats.channel, 'contact'), lt(chats.createdAt, before)))
    .run();
  return db.delete(contactMessages).where(lt(contactMessages.createdAt, before)).run().changes;
}
