import { AppError } from '../../errors.js';
import { createRateLimiter, type RateLimit } from '../../rate-limit.js';

/**
 * Wrong codes, per account and per address. A 6-digit code with one step either side has
 * 3 chances in a million per guess: 5 guesses, then one per 5 minutes, keeps a year of
 * guessing for one account under a 0.2 % chance (and every guess needs the password first).
 * Only failures spend a token, so someone who types their code right is never slowed.
 */
export const CODE_LIMITS = {
  account: { capacity: 5, refillPerSecond: 1 / 300 },
  address: { capacity: 20, refillPerSecond: 1 / 60 },
} as const satisfies Record<string, RateLimit>;

export interface CodeThrottle {
  /** Throws rate_limited while the account or the address has no guesses left. */
  check(userId: number, ip: string, now: number): void;
  /** A wrong (or reused) code: one guess fewer for both. */
  failed(userId: number, ip: string, now: number): void;
}

export function createCodeThrottle(limits: typeof CODE_LIMITS = CODE_LIMITS): CodeThrottle {
  const account = createRateLimiter(limits.account);
  const address = createRateLimiter(limits.address);
  return {
    check(userId, ip, now) {
      for (const verdict of [account.peek(`user:${userId}`, now), address.peek(`ip:${ip}`, now)]) {
        if (!verdict.ok)
          throw new AppError('rate_limited', 'too_many_wrong_codes', { retryAfterMs: verdict.retryAfterMs });
      }
    },
    failed(userId, ip, now) {
      account.take(`user:${userId}`, now);
      address.take(`ip:${ip}`, now);
    },
  };
}
