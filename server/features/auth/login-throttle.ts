import { eq, lt } from 'drizzle-orm';
import type { Db, DbLike } from '../../db/client.js';
import { loginAttempts } from '../../db/schema.js';

/**
 * Growing delays after failed password checks, per account and per IP. The account key is
 * counted whether or not the account exists, so an unknown email and a wrong password look
 * the same from outside.
 */
export const THROTTLE_RULES = {
  email: { freeFailures: 5, baseDelayMs: 1_000 },
  ip: { freeFailures: 20, baseDelayMs: 1_000 },
} as const;
export const MAX_DELAY_MS = 15 * 60_000;
/** Failures older than this are forgotten. */
export const FAILURE_WINDOW_MS = 24 * 60 * 60_000;

type Kind = keyof typeof THROTTLE_RULES;
export type ThrottleKey = `${Kind}:${string}`;

export const throttleKeys = (email: string, ip: string): ThrottleKey[] => [`email:${email}`, `ip:${ip}`];

/** The delay after `failures` failures under a rule: none, then 1 s, 2 s, 4 s … capped at 15 min. */
export function delayAfter(failures: number, kind: Kind): number {
  const { freeFailures, baseDelayMs } = THROTTLE_RULES[kind];
  if (failures < freeFailures) return 0;
  return Math.min(MAX_DELAY_MS, baseDelayMs * 2 ** (failures - freeFailures));
}

/** Milliseconds until any of the keys may try again, or 0. */
export function retryAfter(db: DbLike, keys: ThrottleKey[], now: number): number {
  let wait = 0;
  for (const key of keys) {
    const row = db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
    if (row) wait = Math.max(wait, row.blockedUntil - now);
  }
  return wait;
}

export function recordFailure(db: DbLike, keys: ThrottleKey[], now: number): void {
  for (const key of keys) {
    const row = db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
    const failures = row && now - row.lastFailureAt < FAILURE_WINDOW_MS ? row.failures + 1 : 1;
    const blockedUntil = now + delayAfter(failures, key.slice(0, key.indexOf(':')) as Kind);
    db.insert(loginAttempts)
      .values({ key, failures, lastFailureAt: now, blockedUntil })
      .onConflictDoUpdate({ target: loginAttempts.key, set: { failures, lastFailureAt: now, blockedUntil } })
      .run();
  }
}

/**
 * Before a password check: refuse if any key is still blocked, otherwise count the attempt as
 * a failure now, in one synchronous step. Checks running in parallel therefore each take a
 * slot; counting only after the (slow) bcrypt compare would let a burst of guesses through.
 * Returns the wait in ms (0 = go ahead). Call `attemptSucceeded` when the password was right.
 */
export function reserveAttempt(db: Db, keys: ThrottleKey[], now: number): number {
  return db.transaction(
    (tx) => {
      const wait = retryAfter(tx, keys, now);
      if (wait <= 0) recordFailure(tx, keys, now);
      return Math.max(0, wait);
    },
    { behavior: 'immediate' },
  );
}

/** The reserved attempt was a success: the account's counter is cleared, the IP's given one back. */
export function attemptSucceeded(db: DbLike, [accountKey, ipKey]: ThrottleKey[]): void {
  clearFailures(db, accountKey!);
  const row = db.select().from(loginAttempts).where(eq(loginAttempts.key, ipKey!)).get();
  if (!row) return;
  const failures = Math.max(0, row.failures - 1);
  db.update(loginAttempts)
    .set({ failures, blockedUntil: row.lastFailureAt + delayAfter(failures, 'ip') })
    .where(eq(loginAttempts.key, ipKey!))
    .run();
}

export function clearFailures(db: DbLike, key: ThrottleKey): void {
  db.delete(loginAttempts).where(eq(loginAttempts.key, key)).run();
}

export function purgeOldFailures(db: DbLike, now: number): void {
  db.delete(loginAttempts).where(lt(loginAttempts.lastFailureAt, now - FAILURE_WINDOW_MS)).run();
}
