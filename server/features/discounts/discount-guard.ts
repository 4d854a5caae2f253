import { AppError } from '../../errors.js';
import { createRateLimiter, type RateLimit } from '../../rate-limit.js';
import { DiscountRefusedError } from './discount-redeem.js';

/**
 * Guessing codes: refused codes are counted per session and per client IP, at the check and at
 * checkout alike (both would answer "unknown"). A shopper retyping a code is never stopped; a
 * script trying code after code is, after a few [DISC6].
 */
export const DISCOUNT_GUESS_LIMITS = {
  session: { capacity: 8, refillPerSecond: 1 / 60 },
  ip: { capacity: 30, refillPerSecond: 1 / 20 },
} as const satisfies Record<string, RateLimit>;

export interface DiscountGuard {
  /** Runs `work` if neither bucket is empty; its token is spent only if a code was refused. */
  attempt<T>(keys: { session: string; ip: string }, now: number, work: () => T | Promise<T>): Promise<T>;
}

export function createDiscountGuard(): DiscountGuard {
  const limits = {
    session: createRateLimiter(DISCOUNT_GUESS_LIMITS.session),
    ip: createRateLimiter(DISCOUNT_GUESS_LIMITS.ip),
  };
  return {
    async attempt(keys, now, work) {
      // Reserved before the work, not counted after it: checks sent together must not all pass.
      const taken = (['session', 'ip'] as const).map((limit) => ({
        limit,
        verdict: limits[limit].take(keys[limit], now),
      }));
      const giveBack = () => {
        for (const { limit, verdict } of taken) if (verdict.ok) limits[limit].giveBack(keys[limit]);
      };
      const wait = Math.max(0, ...taken.map(({ verdict }) => (verdict.ok ? 0 : verdict.retryAfterMs)));
      if (wait > 0) {
        giveBack();
        throw new AppError('rate_limited', 'discount_tries_too_often', { retryAfterMs: wait });
      }
      try {
        const result = await work();
        giveBack();
        return result;
      } catch (err) {
        if (!(err instanceof DiscountRefusedError)) giveBack();
        throw err;
      }
    },
  };
}
