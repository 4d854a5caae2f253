import { desc, eq } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { chatRatings } from '../../db/schema.js';
import type { StaffConversation } from '../../../shared/staff.js';

/** The conversation's latest rating, for its row. */
export function ratingOf(db: DbLike, chatId: number): StaffConversation['rating'] {
  const rating = db
    .select({ score: chatRatings.score, comment: chatRatings.comment })
    .from(chatRatings)
    .where(eq(chatRatings.chatId, chatId))
    .orderBy(desc(chatRatings.id))
    .limit(1)
    .get();
  return rating ?? null;
}
