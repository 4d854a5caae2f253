import { eq, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { preparedPer } from '../../db/prepared.js';
import { assistantTokenDays } from '../../db/schema.js';

const DAY = 24 * 60 * 60_000;

const dayOf = (now: number) => Math.floor(now / DAY);

const queries = preparedPer((db) => ({
  spent: db
    .select({ spent: assistantTokenDays.spent })
    .from(assistantTokenDays)
    .where(eq(assistantTokenDays.day, sql.placeholder('day')))
    .prepare(),
  add: db
    .insert(assistantTokenDays)
    .values({ day: sql`${sql.placeholder('day')}`, spent: sql`${sql.placeholder('tokens')}` })
    .onConflictDoUpdate({
      target: assistantTokenDays.day,
      set: { spent: sql`${assistantTokenDays.spent} + excluded.spent` },
    })
    .prepare(),
}));

/**
 * The model tokens answers used today (UTC), against ASSISTANT_DAILY_TOKEN_BUDGET, kept in the
 * database so every process of the shop spends one budget and a restart keeps it ([XPROC3]).
 * Only engines that report usage (the `openai` one) spend it.
 */
export interface TokenBudget {
  /** Is any of today's budget left? Always, without a budget. One read of one row by its key. */
  hasLeft(now: number): boolean;
}

export function createTokenBudget(db: DbLike, daily: number): TokenBudget {
  return {
    hasLeft(now) {
      if (daily === 0) return true;
      const row = queries(db).spent.get({ day: dayOf(now) });
      return (row?.spent ?? 0) < daily;
    },
  };
}

/**
 * Add an answer's tokens to its day's count, in the transaction (`tx`) that stores them on the
 * message: one atomic increment, so processes ending answers at once never lose one's tokens.
 */
export function recordTokens(tx: DbLike, tokens: number, now: number): void {
  if (tokens > 0) queries(tx).add.run({ day: dayOf(now), tokens });
}
