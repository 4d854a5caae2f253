import { AppError } from '../errors.js';
import type { Clock, Logger } from '../ports.js';
import type { RateLimit, Verdict } from '../rate-limit.js';
import type { SharedState } from './shared-state.js';

/**
 * What a limit does when the shared state cannot answer (docs/decisions/029-shared-state.md,
 * [SHARED6]): `refuse` the request (limits on money and abuse: sign-in, codes, checkout, mail),
 * or `allow` it (limits on load: the socket's event rate, chat sends, connection caps).
 */
export type WhenUnavailable = 'refuse' | 'allow';

/** The wait a refused request is told when the limit could not be checked: a blip, not a penalty. */
export const UNAVAILABLE_RETRY_MS = 5000;
/** One warning a minute per limit while the shared state is away, not one per request. */
export const OUTAGE_LOG_EVERY_MS = 60_000;

/** A request refused because its limit could not be checked: `rate_limited` with a short wait, as the client knows it. */
export class LimitUnavailableError extends AppError {
  constructor() {
    super('rate_limited', undefined, { retryAfterMs: UNAVAILABLE_RETRY_MS });
  }
}

/** A token bucket of the shop's shared state, named so two limits never share a key. */
export interface SharedLimiter {
  /** Spend a token if there is one. */
  take(key: string, now: number): Promise<Verdict>;
  /** Would `take` succeed? Spends nothing. */
  peek(key: string, now: number): Promise<Verdict>;
  /** Return a token `take` spent; best effort (a token not given back only makes the limit stricter). */
  giveBack(key: string, now: number): Promise<void>;
}

export interface SharedLimits {
  limiter(name: string, limit: RateLimit, whenUnavailable: WhenUnavailable): SharedLimiter;
  /** Log that `what` went without the shared state, once a minute per `what`. */
  unavailable(what: string, err: unknown, whenUnavailable: WhenUnavailable): void;
}

export function createSharedLimits(deps: { shared: SharedState; log: Logger; now: Clock }): SharedLimits {
  const lastWarned = new Map<string, number>();
  const unavailable = (what: string, err: unknown, whenUnavailable: WhenUnavailable) => {
    const now = deps.now();
    const last = lastWarned.get(what);
    if (last !== undefined && now - last < OUTAGE_LOG_EVERY_MS) return;
    lastWarned.set(what, now);
    // The error's name and message only: a store's error could carry its address.
    const cause = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    deps.log.warn({ limit: what, whenUnavailable, cause }, 'shared state unavailable: limit not checked');
  };

  const limiter = (name: string, limit: RateLimit, whenUnavailable: WhenUnavailable): SharedLimiter => {
    const ask = async (call: () => Promise<Verdict>): Promise<Verdict> => {
      try {
        return await call();
      } catch (err) {
        unavailable(name, err, whenUnavailable);
        if (whenUnavailable === 'refuse') throw new LimitUnavailableError();
        return { ok: true };
      }
    };
    const keyOf = (key: string) => `${name}:${key}`;
    return {
      take: (key, now) => ask(() => deps.shared.take(keyOf(key), limit, now)),
      peek: (key, now) => ask(() => deps.shared.peek(keyOf(key), limit, now)),
      async giveBack(key, now) {
        try {
          await deps.shared.giveBack(keyOf(key), limit, now);
        } catch (err) {
          unavailable(name, err, whenUnavailable);
        }
      },
    };
  };
  return { limiter, unavailable };
}

export type Reservation = { ok: true; giveBack(): Promise<void> } | { ok: false; retryAfterMs: number };

/**
 * A token of each (limiter, key), taken together: if any is refused (or cannot be asked), the
 * others go back and the answer is the longest wait (or the error); else `giveBack` returns them all.
 */
export async function reserveEach(
  spends: readonly (readonly [SharedLimiter, string])[],
  now: number,
): Promise<Reservation> {
  const settled = await Promise.allSettled(spends.map(([limiter, key]) => limiter.take(key, now)));
  const giveBack = async () => {
    await Promise.all(
      spends.map(([limiter, key], i) => {
        const taken = settled[i]!;
        return taken.status === 'fulfilled' && taken.value.ok ? limiter.giveBack(key, now) : undefined;
      }),
    );
  };
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) {
    await giveBack();
    throw failed.reason;
  }
  const verdicts = settled.map((s) => (s as PromiseFulfilledResult<Verdict>).value);
  const wait = Math.max(0, ...verdicts.map((v) => (v.ok ? 0 : v.retryAfterMs)));
  if (wait === 0) return { ok: true, giveBack };
  await giveBack();
  return { ok: false, retryAfterMs: wait };
}
