import { and, eq, isNull } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { callbackRequests } from '../../db/schema.js';

/**
 * Callback requests on the desk (docs/ARCHITECTURE.md §7): recorded when a shopper asked for a
 * person while nobody was online (chat-status.ts), handled once a staff member answers them.
 */

/** A staff reply or close answers the conversation's open callback requests. Call it in that change's transaction. */
export function markCallbackHandled(tx: DbLike, chatId: number, now: number): void {
  tx.update(callbackRequests)
    .set({ handledAt: now })
    .where(and(eq(callbackRequests.chatId, chatId), isNull(callbackRequests.handledAt)))
    .run();
}
