import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { accountTokens } from '../../db/schema.js';
import { AppError } from '../../errors.js';

/**
 * Single-use link tokens (docs/decisions/025-account-tokens.md): 256 random bits go into the
 * link, only their SHA-256 into `account_tokens`, so the table alone opens nothing.
 */
export type TokenPurpose = (typeof accountTokens.$inferSelect)['purpose'];
export type TokenRow = typeof accountTokens.$inferSelect;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new token for `userId` and `email`, valid `ttlMs` from `now`; `eventId` names its email in the outbox. */
export function issueToken(
  db: DbLike,
  purpose: TokenPurpose,
  user: { id: number; email: string },
  now: number,
  ttlMs: number,
): { token: string; eventId: string } {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  db.insert(accountTokens)
    .values({ tokenHash, purpose, userId: user.id, email: user.email, createdAt: now, expiresAt: now + ttlMs })
    .run();
  return { token, eventId: tokenEventId(purpose, tokenHash) };
}

/** The outbox event of a token's email: a prefix of the hash, unique enough to name it, useless to open the link. */
export const tokenEventId = (purpose: TokenPurpose, tokenHash: string): string =>
  `${purpose.replace('_', '-')}:${tokenHash.slice(0, 16)}`;

/** Every unused token of the user for this purpose stops working (a newer link replaces them). */
export function retireTokens(db: DbLike, userId: number, purpose: TokenPurpose, now: number): void {
  db.update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)))
    .run();
}

/** The stored row of a token, spent or not, or undefined. */
export function findToken(db: DbLike, token: string, purpose: TokenPurpose): TokenRow | undefined {
  return db
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose)))
    .get();
}

/** Throws why a token cannot be spent now (unknown, used or replaced, expired); spends nothing. */
export function checkToken(db: DbLike, token: string, purpose: TokenPurpose, now: number): TokenRow {
  const row = findToken(db, token, purpose);
  if (!row) throw new AppError('bad_request', 'token_invalid');
  if (row.usedAt !== null) throw new AppError('bad_request', 'token_used');
  if (now >= row.expiresAt) throw new AppError('bad_request', 'token_expired');
  return row;
}

/**
 * Spends a token by a conditional UPDATE (`used_at IS NULL`, not expired), so of two requests
 * racing with one link exactly one gets the row; the other is told why, as checkToken does.
 */
export function spendToken(db: DbLike, token: string, purpose: TokenPurpose, now: number): TokenRow {
  const spent = db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning()
    .get();
  return spent ?? checkToken(db, token, purpose, now);
}
