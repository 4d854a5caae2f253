import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SharedLimits } from '../../shared-state/shared-limits.js';
import { createTokenBudget } from './token-budget.js';

/** A place among the answers running; given back once, whichever way the answer ends. */
export interface AnswerTicket {
  release(): void;
}

/**
 * What an assistant answer may cost, per client address and in total (sessions are free to
 * mint, so per-session limits alone multiply): answers a minute per address, answers at once
 * per address and in all, and the day's token budget. The answers a minute are counted in the
 * shop's shared state (refused while it cannot answer: each is a paid model call, [SHARED6]); the
 * answers at once are still this process's (docs/ARCHITECTURE.md §1).
 */
export interface AnswerGate {
  /** A shopper's answer: refused with `rate_limited` past any limit (the caller stores nothing then). */
  admit(address: string, now: number): Promise<AnswerTicket>;
  /** An answer the shopper did not just ask for (a hand-back): counted, never refused. */
  track(): AnswerTicket;
  /** Is any of the day's token budget left? */
  budgetLeft(now: number): boolean;
  /** Tokens an answer used. */
  spend(tokens: number, now: number): void;
  /** Answers running, from one address or in all. */
  running(address?: string): number;
}

export type AnswerLimits = Pick<
  Config,
  | 'ASSISTANT_ANSWERS_PER_MINUTE_PER_IP'
  | 'ASSISTANT_ANSWERS_AT_ONCE_PER_IP'
  | 'ASSISTANT_ANSWERS_AT_ONCE'
  | 'ASSISTANT_DAILY_TOKEN_BUDGET'
>;

/** When every place is taken: answers usually end within seconds. */
export const BUSY_RETRY_MS = 5000;

export function createAnswerGate(db: Db, limits: AnswerLimits, shared: SharedLimits): AnswerGate {
  const perMinute = limits.ASSISTANT_ANSWERS_PER_MINUTE_PER_IP;
  const starts = shared.limiter('answers:starts', { capacity: perMinute, refillPerSecond: perMinute / 60 }, 'allow');
  const budget = createTokenBudget(db, limits.ASSISTANT_DAILY_TOKEN_BUDGET);
  const byAddress = new Map<string, number>();
  let total = 0;

  const hold = (address: string | null): AnswerTicket => {
    total += 1;
    if (address !== null) byAddress.set(address, (byAddress.get(address) ?? 0) + 1);
    let held = true;
    return {
      release() {
        if (!held) return;
        held = false;
        total -= 1;
        if (address === null) return;
        const left = byAddress.get(address)! - 1;
        if (left === 0) byAddress.delete(address);
        else byAddress.set(address, left);
      },
    };
  };

  return {
    async admit(address, now) {
      if (!budget.hasLeft(now)) {
        throw new AppError('rate_limited', 'assistant_day_limit');
      }
      const full =
        total >= limits.ASSISTANT_ANSWERS_AT_ONCE ||
        (byAddress.get(address) ?? 0) >= limits.ASSISTANT_ANSWERS_AT_ONCE_PER_IP;
      if (full) throw busy(BUSY_RETRY_MS);
      // The place is held before the start is spent (and let go if it is refused): an admit
      // meanwhile sees it taken. Spent last, so a refusal above costs no start.
      const ticket = hold(address);
      try {
        const verdict = await starts.take(address, now);
        if (!verdict.ok) throw busy(verdict.retryAfterMs);
      } catch (err) {
        ticket.release();
        throw err;
      }
      return ticket;
    },
    track: () => hold(null),
    budgetLeft: (now) => budget.hasLeft(now),
    spend: (tokens, now) => budget.spend(tokens, now),
    running: (address) => (address === undefined ? total : (byAddress.get(address) ?? 0)),
  };
}

const busy = (retryAfterMs: number) => new AppError('rate_limited', 'assistant_busy', { retryAfterMs });
