import type { Request, RequestHandler } from 'express';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { createRateLimiter, type RateLimiter } from '../../rate-limit.js';

/**
 * Per-address limits of /api/auth, each its own bucket (both configurable, README
 * "Configuration"). Many shoppers can share one address (an office, a carrier NAT), so a
 * first visit is never counted like a password check: it only spends the generous
 * guest-session bucket. Reading a session that exists costs nothing.
 */
export interface AuthLimits {
  /** Before a call that checks a password (bcrypt work): sign-in, sign-up, password change, deletion. */
  passwordChecks: RequestHandler;
  /** Before minting a guest session; throws `rate_limited` when the address has minted too many. */
  takeGuestSession(req: Request): void;
}

export function createAuthLimits(ctx: AppContext): AuthLimits {
  const { GUEST_SESSIONS_PER_IP_PER_HOUR: perHour, PASSWORD_CHECKS_PER_IP_PER_MINUTE: perMinute } = ctx.config;
  const guests = createRateLimiter({ capacity: perHour, refillPerSecond: perHour / 3600 });
  const checks = createRateLimiter({ capacity: perMinute, refillPerSecond: perMinute / 60 });
  const refusal = (limiter: RateLimiter, req: Request) => {
    const verdict = limiter.take(`ip:${req.ip}`, ctx.now());
    return verdict.ok
      ? undefined
      : new AppError('rate_limited', 'network_busy', { retryAfterMs: verdict.retryAfterMs });
  };
  return {
    passwordChecks: (req, _res, next) => next(refusal(checks, req)),
    takeGuestSession(req) {
      const refused = refusal(guests, req);
      if (refused) throw refused;
    },
  };
}
