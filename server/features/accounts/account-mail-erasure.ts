import { and, eq, inArray, or } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { accountTokens, outbox } from '../../db/schema.js';
import { ERASED } from '../orders/orders-privacy.js';
import { findUserById } from '../auth/users.repo.js';
import { tokenEventId } from '../auth/account-tokens.js';

const UNSENT = ['pending', 'sending', 'failed'] as const;

/**
 * Account deletion, in its transaction ([ACCT14]): mail not yet sent to the account's address
 * (any kind), and its own welcome and link emails wherever they were addressed, are deleted, so
 * nothing goes out to an erased person; sent rows (bodies already cleared) keep their headers as
 * the record, addressed to nobody. A row a worker is sending right now may still arrive.
 */
export function eraseAccountMail(db: DbLike, userId: number): void {
  const user = findUserById(db, userId);
  if (!user) return;
  const tokens = db
    .select({ purpose: accountTokens.purpose, tokenHash: accountTokens.tokenHash })
    .from(accountTokens)
    .where(eq(accountTokens.userId, userId))
    .all();
  const ownEvents = [`welcome:${userId}`, ...tokens.map((t) => tokenEventId(t.purpose, t.tokenHash))];
  const theirs = or(eq(outbox.toAddress, user.email), inArray(outbox.eventId, ownEvents));
  db.delete(outbox)
    .where(and(theirs, inArray(outbox.state, [...UNSENT])))
    .run();
  db.update(outbox).set({ toAddress: ERASED }).where(theirs).run();
}
