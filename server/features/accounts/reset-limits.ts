import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import type { SharedLimits } from '../../shared-state/shared-limits.js';

/**
 * "Forgot password?" requests, per client address and per email (README "Configuration"). The
 * email's bucket is spent whether or not it has an account, so a refusal tells nothing either.
 * Counted in the shop's shared state; refused while it cannot answer ([SHARED6]).
 */
export function createResetLimits(config: Config, shared: SharedLimits) {
  const hourly = (name: string, n: number) =>
    shared.limiter(name, { capacity: n, refillPerSecond: n / 3600 }, 'refuse');
  const perAddress = hourly('reset:ip', config.PASSWORD_RESETS_PER_IP_PER_HOUR);
  const perEmail = hourly('reset:email', config.PASSWORD_RESETS_PER_EMAIL_PER_HOUR);
  return {
    /** Throws `rate_limited` when the address or the email has asked too often. */
    async take(ip: string, email: string, now: number): Promise<void> {
      const byAddress = await perAddress.take(`ip:${ip}`, now);
      if (!byAddress.ok)
        throw new AppError('rate_limited', 'too_many_requests', { retryAfterMs: byAddress.retryAfterMs });
      const byEmail = await perEmail.take(`email:${email}`, now);
      if (!byEmail.ok) {
        await perAddress.giveBack(`ip:${ip}`, now);
        throw new AppError('rate_limited', 'too_many_requests', { retryAfterMs: byEmail.retryAfterMs });
      }
    },
  };
}
