import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { reserveEach, type SharedLimits } from '../../shared-state/shared-limits.js';

const HOUR_S = 3600;

export interface ContactQuota {
  /** Spend one message of the session's and of the address's hourly allowance, or throw `rate_limited`. */
  spend(sessionId: string, ip: string, now: number): Promise<void>;
}

/**
 * The contact form stores what it is sent for a year, so the socket's request budget (tuned for
 * browsing, 10 a second) is far too generous here: one guest stored 119 long messages in 10 s.
 * Each session and each client address gets a burst of its hourly allowance, refilled evenly
 * over the hour. The address limit is what stops a script that opens a new guest session
 * for every message. Counted in the shop's shared state; while it cannot answer, messages are
 * refused ([SHARED6]).
 */
export function createContactQuota(
  config: Pick<Config, 'CONTACT_SESSION_LIMIT' | 'CONTACT_IP_LIMIT'>,
  shared: SharedLimits,
): ContactQuota {
  const perHour = (name: string, capacity: number) =>
    shared.limiter(name, { capacity, refillPerSecond: capacity / HOUR_S }, 'refuse');
  const bySession = perHour('contact:session', config.CONTACT_SESSION_LIMIT);
  const byIp = perHour('contact:ip', config.CONTACT_IP_LIMIT);
  return {
    async spend(sessionId, ip, now) {
      // A refused message uses up neither allowance.
      const reserved = await reserveEach(
        [
          [bySession, sessionId],
          [byIp, ip],
        ],
        now,
      );
      if (!reserved.ok) throw new AppError('rate_limited', 'contact_quota', { retryAfterMs: reserved.retryAfterMs });
    },
  };
}
