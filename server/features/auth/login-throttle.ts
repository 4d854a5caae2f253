import { and, eq, like, lt, or, sql } from 'drizzle-orm';
import type { Db, DbLike } from '../../db/client.js';
import { loginAttempts } from '../../db/schema.js';
import { credentialStamp, type KnownDevice } from './device-cookie.js';

/**
 * Growing delays after failed password checks (OWASP authentication cheat sheet): per account
 * and address (`pair`), per address (`ip`), and per account across all addresses (`email`),
 * the last far higher so guesses from elsewhere cannot easily lock the owner out. A browser
 * holding the account's device cookie is throttled by its own `device` key instead of all
 * three: no guessing elsewhere ever blocks a device that signed in before. The account keys
 * are counted whether or not the account exists, so an unknown email and a wrong password
 * look the same from outside.
 */
export const THROTTLE_RULES = {
  pair: { freeFailures: 5, baseDelayMs: 1_000 },
  device: { freeFailures: 5, baseDelayMs: 1_000 },
  ip: { freeFailures: 20, baseDelayMs: 1_000 },
  email: { freeFailures: 100, baseDelayMs: 1_000 },
} as const;
export const MAX_DELAY_MS = 15 * 60_000;
/** Failures older than this are forgotten. */
export const FAILURE_WINDOW_MS = 24 * 60 * 60_000;

type Kind = keyof typeof THROTTLE_RULES;
export type ThrottleKey = `${Kind}:${string}`;

/** Who is checking a password: their address and the device their cookie vouches for, if any. */
export interface SignInClient {
  ip: string;
  device: KnownDevice | null;
}

/**
 * The keys a password check for `email` counts against; `user` is the account, if it exists. A
 * device cookie counts only while it vouches for the account's current password (a password
 * change retires every older one), and the address is counted either way.
 */
export function throttleKeys(
  email: string,
  client: SignInClient,
  user: { id: number; passwordHash: string } | undefined,
): ThrottleKey[] {
  const known =
    client.device &&
    user &&
    client.device.userId === user.id &&
    client.device.stamp === credentialStamp(user.passwordHash);
  if (known) return [`device:${client.device!.deviceId}`, `ip:${client.ip}`];
  return [`email:${email}`, `pair:${client.ip}/${email}`, `ip:${client.ip}`];
}

const kindOf = (key: ThrottleKey) => key.slice(0, key.indexOf(':')) as Kind;

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
    const blockedUntil = now + delayAfter(failures, kindOf(key));
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

/**
 * The reserved attempt was a success: this client's own counters (pair, device) are cleared;
 * the shared ones (address, account) only get their attempt back, so the owner signing in
 * does not reset what an attacker elsewhere has spent.
 */
export function attemptSucceeded(db: DbLike, keys: ThrottleKey[]): void {
  for (const key of keys) {
    const kind = kindOf(key);
    if (kind === 'pair' || kind === 'device') {
      db.delete(loginAttempts).where(eq(loginAttempts.key, key)).run();
      continue;
    }
    const row = db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
    if (!row) continue;
    const failures = Math.max(0, row.failures - 1);
    db.update(loginAttempts)
      .set({ failures, blockedUntil: row.lastFailureAt + delayAfter(failures, kind) })
      .where(eq(loginAttempts.key, key))
      .run();
  }
}

/** An erased account's counters (its address pairs too), so the email starts afresh if it registers again. */
export function clearAccountFailures(db: DbLike, email: string): void {
  // A pair key is `pair:<ip>/<email>`; an address never holds a '/', so the email follows the first one.
  const pairOf = and(
    like(loginAttempts.key, 'pair:%'),
    sql`substr(${loginAttempts.key}, instr(${loginAttempts.key}, '/') + 1) = ${email}`,
  );
  db.delete(loginAttempts)
    .where(or(eq(loginAttempts.key, `email:${email}`), pairOf))
    .run();
}

export function purgeOldFailures(db: DbLike, now: number): void {
  db.delete(loginAttempts)
    .where(lt(loginAttempts.lastFailureAt, now - FAILURE_WINDOW_MS))
    .run();
}
