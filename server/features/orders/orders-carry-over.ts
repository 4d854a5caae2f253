import { and, eq, isNull } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { orders } from '../../db/schema.js';
import type { SignInChange } from '../../ports.js';

/** Sign-in hook: orders a guest placed in this browser become the account's, so they stay visible. */
export function claimGuestOrders(db: DbLike, change: SignInChange): undefined {
  if (change.fromUserId !== null || change.fromSessionId === null) return;
  db.update(orders)
    .set({ userId: change.userId, sessionId: null })
    .where(and(eq(orders.sessionId, change.fromSessionId), isNull(orders.userId)))
    .run();
}
