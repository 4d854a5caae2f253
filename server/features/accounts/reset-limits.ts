import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { createRateLimiter } from '../../rate-limit.js';

/**
 * "Forgot password?" requests, per client address and per email (README "Configuration"). The
 * email's bucket is spent whether or not it has an account, so a refusal tells nothing either.
 */
export function createResetLimits(config: Config) {
  const hourly = (n: number) => createRateLimiter({ capacity: n, refillPerSecond: n / 3600 });
  const perAddress = hourly(config.PASSWORD_RESETS_PER_IP_PER_HOUR);
  const perEmail = hourly(config.PASSWORD_RESETS_PER_EMAIL_PER_HOUR);
  return {
    /** Throws `rate_limited` when the address or the email has asked too often. */
    take(ip: string, email: string, now: number): void {
      const byAddress = perAddress.take(`ip:${ip}`, now);
      if (!byAddress.ok)
        throw new AppError('rate_limited', 'too_many_requests', { retryAfterMs: byAddress.retryAfterMs });
      const byEmail = perEmail.take(`email:${email}`, now);
      if (!byEmail.ok) {
        perAddress.giveBack(`ip:${ip}`);
        throw new AppError('rate_limited', 'too_many_requests', { retryAfterMs: byEmail.retryAfterMs });
      }
    },
  };
}
