import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { createTokenBudget } from './token-budget.js';

/** A place among the answers running; given back once, whichever way the answer ends. */
export interface AnswerTicket {
  /** Settles once the place is given back in the shared state (never rejects). */
  release(): Promise<void>;
}

/**
 * What an assistant answer may cost, per client address and in total (sessions are free to
 * mint, so per-session limits alone multiply): answers a minute per address, answers at once
 * per address and in all, and the day's token budget. The answers a minute are counted in the
 * shop's shared state (refused while it cannot answer: each is a paid model call, [SHARED6]);
 * the answers at once are memberships there, so every process counts the shop's ([XPROC2]); the
 * budget is the database's count ([XPROC3]).
 */
export interface AnswerGate {
  /** A shopper's answer: refused with `rate_limited` past any limit (the caller stores nothing then). */
  admit(address: string, now: number): Promise<AnswerTicket>;
  /** An answer the shopper did not just ask for (a hand-back): counted, never refused. */
  track(): AnswerTicket;
  /** Is any of the day's token budget left? */
  budgetLeft(now: number): boolean;
  /** This process's answers running, from one address or in all. */
  running(address?: string): number;
}

export type AnswerGateContext = Pick<AppContext, 'db' | 'config' | 'limits' | 'memberships' | 'instanceId'>;

/** When every place is taken: answers usually end within seconds. */
export const BUSY_RETRY_MS = 5000;

const ALL = 'answers:all';
const setsOf = (address: string | null) => (address === null ? [ALL] : [ALL, `answers:address:${address}`]);

export function createAnswerGate(ctx: AnswerGateContext): AnswerGate {
  const { config, limits, memberships } = ctx;
  const perMinute = config.ASSISTANT_ANSWERS_PER_MINUTE_PER_IP;
  const starts = limits.limiter('answers:starts', { capacity: perMinute, refillPerSecond: perMinute / 60 }, 'allow');
  const budget = createTokenBudget(ctx.db, config.ASSISTANT_DAILY_TOKEN_BUDGET);
  /** This process's places: member → (its sets, its address). */
  const held = new Map<string, { sets: string[]; address: string | null }>();
  let tickets = 0;
  // A limit on load: while the shared state cannot answer, answers go on ([SHARED6]).
  const unavailable = (err: unknown) => limits.unavailable('answers at once', err, 'allow');
  // Memberships of this process: renewed with its others while the answer runs, lapsing if it dies ([XPROC2]).
  const join = (sets: string[], member: string) => Promise.all(sets.map((set) => memberships.join(set, member)));

  /** Hold a place: `<process>:<ticket>` joins the shop's set and the address's. */
  const hold = (address: string | null) => {
    const member = `${ctx.instanceId}:${++tickets}`;
    const sets = setsOf(address);
    held.set(member, { sets, address });
    let released: Promise<void> | undefined;
    const ticket: AnswerTicket = {
      release() {
        released ??= (async () => {
          held.delete(member);
          await Promise.all(sets.map((set) => memberships.leave(set, member))).catch(unavailable);
        })();
        return released;
      },
    };
    return { ticket, joined: join(sets, member) };
  };

  return {
    async admit(address, at) {
      if (!budget.hasLeft(at)) throw new AppError('rate_limited', 'assistant_day_limit');
      // The place is held before the start is spent (and let go if it is refused): two admits
      // racing for the last place may both be refused, never both let in. Spent last, so a
      // refusal on places costs no start.
      const { ticket, joined } = hold(address);
      try {
        const [all = 0, fromAddress = 0] = await joined.catch((err: unknown) => {
          unavailable(err);
          return [];
        });
        if (all > config.ASSISTANT_ANSWERS_AT_ONCE || fromAddress > config.ASSISTANT_ANSWERS_AT_ONCE_PER_IP)
          throw busy(BUSY_RETRY_MS);
        const verdict = await starts.take(address, at);
        if (!verdict.ok) throw busy(verdict.retryAfterMs);
      } catch (err) {
        await ticket.release();
        throw err;
      }
      return ticket;
    },
    track() {
      const { ticket, joined } = hold(null);
      joined.catch(unavailable);
      return ticket;
    },
    budgetLeft: (at) => budget.hasLeft(at),
    running(address) {
      const places = [...held.values()];
      return address === undefined ? places.length : places.filter((p) => p.address === address).length;
    },
  };
}

const busy = (retryAfterMs: number) => new AppError('rate_limited', 'assistant_busy', { retryAfterMs });
