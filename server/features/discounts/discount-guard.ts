import { AppError } from '../../errors.js';
import { addressKey } from '../../http/address-key.js';
import type { RateLimit } from '../../rate-limit.js';
import { reserveEach, type SharedLimits } from '../../shared-state/shared-limits.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { DiscountRefusedError } from './discount-redeem.js';

/**
 * Guessing codes: refused codes are counted per shopper (a signed-in account, else the guest
 * session), per client address (an IPv6 address by its /64) and across the whole shop, at the
 * check and at checkout alike (both would answer "unknown") [DISC6]. A shopper retyping a code is
 * never stopped; a script trying code after code is, after a few, and many scripts together are
 * bounded by the shop-wide allowance. Only the typed code's terms check counts: a code that stops
 * applying while the card is charged (a lost race for its last use) is no guess. The counts are the
 * shop's shared state; while it cannot answer, codes are refused ([SHARED6]).
 */
export const DISCOUNT_GUESS_LIMITS = {
  shopper: { capacity: 8, refillPerSecond: 1 / 60 },
  ip: { capacity: 30, refillPerSecond: 1 / 20 },
} as const satisfies Record<string, RateLimit>;

/** The shop-wide allowance for `perHour` refused codes an hour (config DISCOUNT_REFUSALS_PER_HOUR). */
export const shopRefusalLimit = (perHour: number): RateLimit => ({
  capacity: perHour,
  refillPerSecond: perHour / 3600,
});

type Limit = 'shopper' | 'ip' | 'shop';
export type GuessKeys = Record<Limit, string>;

/** Whose allowances a request spends: the account if signed in (new guest sessions are cheap), the address's /64. */
export const guessKeys = (session: LiveSession, address: string): GuessKeys => ({
  shopper: session.userId === null ? `session:${session.id}` : `user:${session.userId}`,
  ip: addressKey(address),
  shop: 'shop',
});

export interface DiscountGuard {
  /** Runs `work` if no bucket is empty; its tokens are spent only if the typed code was refused. */
  attempt<T>(keys: GuessKeys, now: number, work: () => T | Promise<T>): Promise<T>;
}

export function createDiscountGuard(shared: SharedLimits, refusalsPerHour: number): DiscountGuard {
  const limits = {
    shopper: shared.limiter('discount:shopper', DISCOUNT_GUESS_LIMITS.shopper, 'refuse'),
    ip: shared.limiter('discount:ip', DISCOUNT_GUESS_LIMITS.ip, 'refuse'),
    shop: shared.limiter('discount:shop', shopRefusalLimit(refusalsPerHour), 'refuse'),
  };
  return {
    async attempt(keys, now, work) {
      // Reserved before the work, not counted after it: checks sent together must not all pass.
      const reserved = await reserveEach(
        (['shopper', 'ip', 'shop'] as const).map((limit) => [limits[limit], keys[limit]] as const),
        now,
      );
      if (!reserved.ok) {
        throw new AppError('rate_limited', 'discount_tries_too_often', { retryAfterMs: reserved.retryAfterMs });
      }
      try {
        const result = await work();
        await reserved.giveBack();
        return result;
      } catch (err) {
        if (!(err instanceof DiscountRefusedError)) await reserved.giveBack();
        throw err;
      }
    },
  };
}
