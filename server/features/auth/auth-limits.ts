import type { Request, RequestHandler } from 'express';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { allowance } from '../../rate-limit.js';
import type { SharedLimiter } from '../../shared-state/shared-limits.js';

/**
 * Per-address limits of /api/auth, each its own bucket (both configurable, README
 * "Configuration"). Many shoppers can share one address (an office, a carrier NAT), so a
 * first visit is never counted like a password check: it only spends the generous
 * guest-session bucket. Reading a session that exists costs nothing. Kept in the shop's shared
 * state: password checks are refused while it cannot answer, first visits are let through
 * ([SHARED6]: a shop that mints no guest session is closed to every new visitor).
 */
export interface AuthLimits {
  /** Before a call that checks a password (bcrypt work): sign-in, sign-up, password change, deletion. */
  passwordChecks: RequestHandler;
  /** Before minting a guest session; throws `rate_limited` when the address has minted too many. */
  takeGuestSession(req: Request): Promise<void>;
}

export function createAuthLimits(ctx: AppContext): AuthLimits {
  const { GUEST_SESSIONS_PER_IP_PER_HOUR: perHour, PASSWORD_CHECKS_PER_IP_PER_MINUTE: perMinute } = ctx.config;
  const guests = ctx.limits.limiter('auth:guest-sessions', allowance(perHour, 3600), 'allow');
  const checks = ctx.limits.limiter('auth:password-checks', allowance(perMinute, 60), 'refuse');
  const refusal = async (limiter: SharedLimiter, req: Request) => {
    const verdict = await limiter.take(`ip:${req.ip}`, ctx.now());
    return verdict.ok
      ? undefined
      : new AppError('rate_limited', 'network_busy', { retryAfterMs: verdict.retryAfterMs });
  };
  return {
    passwordChecks: (req, _res, next) => void refusal(checks, req).then(next, next),
    async takeGuestSession(req) {
      const refused = await refusal(guests, req);
      if (refused) throw refused;
    },
  };
}
