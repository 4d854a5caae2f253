import { AppError } from '../../errors.js';
import type { RateLimit } from '../../rate-limit.js';
import { reserveEach, type SharedLimits } from '../../shared-state/shared-limits.js';

/**
 * Wrong codes, per account and per address. A 6-digit code with one step either side has
 * 3 chances in a million per guess: 5 guesses, then one per 5 minutes, keeps a year of
 * guessing for one account under a 0.2 % chance (and every guess needs the password first).
 * Only failures spend a token, so someone who types their code right is never slowed. Counted
 * in the shop's shared state; while it cannot answer, codes are refused ([SHARED6]).
 */
export const CODE_LIMITS = {
  account: { capacity: 5, refillPerSecond: 1 / 300 },
  address: { capacity: 20, refillPerSecond: 1 / 60 },
} as const satisfies Record<string, RateLimit>;

export interface CodeThrottle {
  /**
   * Runs `work` unless the account or the address has no guesses left (`rate_limited`). A guess
   * is reserved before the work, so guesses sent together cannot all pass, and kept only if the
   * work throws a wrong (or reused) code: an error on the `code` field.
   */
  attempt<T>(userId: number, ip: string, now: number, work: () => T): Promise<T>;
}

export function createCodeThrottle(shared: SharedLimits, limits: typeof CODE_LIMITS = CODE_LIMITS): CodeThrottle {
  const account = shared.limiter('codes:account', limits.account, 'refuse');
  const address = shared.limiter('codes:ip', limits.address, 'refuse');
  return {
    async attempt(userId, ip, now, work) {
      const reserved = await reserveEach(
        [
          [account, `user:${userId}`],
          [address, `ip:${ip}`],
        ],
        now,
      );
      if (!reserved.ok)
        throw new AppError('rate_limited', 'too_many_wrong_codes', { retryAfterMs: reserved.retryAfterMs });
      try {
        const result = work();
        await reserved.giveBack();
        return result;
      } catch (err) {
        if (!(err instanceof AppError && err.fields?.code)) await reserved.giveBack();
        throw err;
      }
    },
  };
}
