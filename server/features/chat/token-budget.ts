import { and, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chatMessages } from '../../db/schema.js';

const DAY = 24 * 60 * 60_000;

/**
 * The model tokens answers used today (UTC), against ASSISTANT_DAILY_TOKEN_BUDGET. Per-process
 * state (docs/ARCHITECTURE.md §1): read from the stored usage once a day, so a restart does not reset
 * it, then counted as answers end (no query per message). Only engines that report usage (the
 * `openai` one) spend it.
 */
export interface TokenBudget {
  /** Is any of today's budget left? Always, without a budget. */
  hasLeft(now: number): boolean;
  /** Count an answer's tokens; call before its usage is stored (the day's first read would count it twice). */
  spend(tokens: number, now: number): void;
}

export function createTokenBudget(db: Db, daily: number): TokenBudget {
  let day = -1;
  let spent = 0;
  const roll = (now: number) => {
    const today = Math.floor(now / DAY);
    if (today === day) return;
    day = today;
    spent = usedOn(db, today * DAY);
  };
  return {
    hasLeft(now) {
      if (daily === 0) return true;
      roll(now);
      return spent < daily;
    },
    spend(tokens, now) {
      if (daily === 0 || tokens === 0) return;
      roll(now);
      spent += tokens;
    },
  };
}

/** Tokens of the answers that ended in the day starting at `from`. */
function usedOn(db: Db, from: number): number {
  const used = sql<number>`coalesce(sum(coalesce(${chatMessages.promptTokens}, 0) + coalesce(${chatMessages.completionTokens}, 0)), 0)`;
  const day = and(gte(chatMessages.completedAt, from), lt(chatMessages.completedAt, from + DAY));
  return db.select({ used }).from(chatMessages).where(day).get()!.used;
}
