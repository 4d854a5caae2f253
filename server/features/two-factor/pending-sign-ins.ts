import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { pendingSignIns } from '../../db/schema.js';
import { PENDING_SIGN_IN_TTL_MS } from '../../../shared/two-factor.js';

/**
 * The password step of a two-step sign-in. The token goes to the client in the JSON answer
 * (no cookie: no session exists yet); only its hash is stored, so the table alone signs no one in.
 */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createPendingSignIn(db: DbLike, userId: number, now: number): string {
  db.delete(pendingSignIns).where(lt(pendingSignIns.expiresAt, now)).run();
  const token = randomBytes(32).toString('base64url');
  db.insert(pendingSignIns)
    .values({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt: now + PENDING_SIGN_IN_TTL_MS })
    .run();
  return token;
}

const live = (tokenHash: string, now: number) =>
  and(eq(pendingSignIns.tokenHash, tokenHash), isNull(pendingSignIns.usedAt), gt(pendingSignIns.expiresAt, now));

/** The user a live (unexpired, unused) token stands for, or null. */
export function pendingUserId(db: DbLike, token: string, now: number): number | null {
  const row = db
    .select({ userId: pendingSignIns.userId })
    .from(pendingSignIns)
    .where(live(hashToken(token), now))
    .get();
  return row?.userId ?? null;
}

/** Use the token up; false if it was used (or expired) meanwhile. A conditional update, so only one request wins. */
export function spendPendingSignIn(db: DbLike, token: string, now: number): boolean {
  return (
    db
      .update(pendingSignIns)
      .set({ usedAt: now })
      .where(live(hashToken(token), now))
      .run().changes === 1
  );
}
