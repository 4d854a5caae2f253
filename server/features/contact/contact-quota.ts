import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { createRateLimiter, type RateLimiter } from '../../rate-limit.js';

const HOUR_S = 3600;

export interface ContactQuota {
  /** Spend one message of the session's and of the address's hourly allowance, or throw `rate_limited`. */
  spend(sessionId: string, ip: string, now: number): void;
}

/**
 * The contact form stores what it is sent for a year, so the socket's request budget (tuned for
 * browsing, 10 a second) is far too generous here: one guest stored 119 long messages in 10 s.
 * Each session and each client address gets a burst of its hourly allowance, refilled evenly
 * over the hour. The address limit is what stops a script that opens a new guest session
 * for every message.
 */
export function createContactQuota(config: Pick<Config, 'CONTACT_SESSION_LIMIT' | 'CONTACT_IP_LIMIT'>): ContactQuota {
  const perHour = (capacity: number) => createRateLimiter({ capacity, refillPerSecond: capacity / HOUR_S });
  const bySession = perHour(config.CONTACT_SESSION_LIMIT);
  const byIp = perHour(config.CONTACT_IP_LIMIT);
  return {
    spend(sessionId, ip, now) {
      const spent: [RateLimiter, string][] = [];
      for (const [limiter, key] of [
        [bySession, sessionId],
        [byIp, ip],
      ] as const) {
        const verdict = limiter.take(key, now);
        if (!verdict.ok) {
          // A refused message must not use up the other allowance either.
          for (const [l, k] of spent) l.giveBack(k);
          throw new AppError('rate_limited', 'contact_quota', { retryAfterMs: verdict.retryAfterMs });
        }
        spent.push([limiter, key]);
      }
    },
  };
}
