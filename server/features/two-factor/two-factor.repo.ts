import { createHash } from 'node:crypto';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { recoveryCodes, totpCredentials } from '../../db/schema.js';
import { RECOVERY_CODE_COUNT } from '../../../shared/two-factor.js';
import { readableCode } from '../auth/readable-code.js';

export type TotpCredential = typeof totpCredentials.$inferSelect;

export const findCredential = (db: DbLike, userId: number): TotpCredential | undefined =>
  db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId)).get();

export const isEnrolled = (db: DbLike, userId: number): boolean => findCredential(db, userId)?.enabledAt != null;

/** A new secret waiting for its first code (any earlier one is replaced, with its recovery codes). */
export function startEnrolment(db: DbLike, userId: number, secret: string, now: number): void {
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  db.insert(totpCredentials)
    .values({ userId, secret, enabledAt: null, lastUsedStep: null, createdAt: now })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { secret, enabledAt: null, lastUsedStep: null, createdAt: now },
    })
    .run();
}

/** The waiting secret becomes the account's second factor (its first code has claimed its step); fresh recovery codes. */
export function finishEnrolment(db: DbLike, userId: number, now: number): string[] {
  db.update(totpCredentials).set({ enabledAt: now }).where(eq(totpCredentials.userId, userId)).run();
  return replaceRecoveryCodes(db, userId);
}

export function removeCredential(db: DbLike, userId: number): void {
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  db.delete(totpCredentials).where(eq(totpCredentials.userId, userId)).run();
}

/**
 * Take time step `step` for this account; false if a code of that step or a later one was
 * already accepted. One conditional update, so two requests with the same code cannot both win.
 */
export function claimStep(db: DbLike, userId: number, step: number): boolean {
  const fresh = or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step));
  return (
    db
      .update(totpCredentials)
      .set({ lastUsedStep: step })
      .where(and(eq(totpCredentials.userId, userId), fresh))
      .run().changes === 1
  );
}

const hashRecoveryCode = (code: string) => createHash('sha256').update(code.replace(/-/g, '')).digest('hex');

/** Fresh single-use codes (the old ones stop working); the plain codes are returned to be shown once. */
export function replaceRecoveryCodes(db: DbLike, userId: number): string[] {
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => readableCode(2));
  db.insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })))
    .run();
  return codes;
}

/** Spend a recovery code (compact form, no hyphen); false if it is not one of the account's unused codes. */
export function useRecoveryCode(db: DbLike, userId: number, code: string, now: number): boolean {
  const match = and(
    eq(recoveryCodes.userId, userId),
    eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
    isNull(recoveryCodes.usedAt),
  );
  return db.update(recoveryCodes).set({ usedAt: now }).where(match).run().changes === 1;
}

export const recoveryCodesLeft = (db: DbLike, userId: number): number =>
  db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .get()!.n;
