import { sql, type SQL } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { chats } from '../../db/schema.js';
import { dueAt } from '../../../shared/business-hours.js';
import type { ChatRow } from '../chat/chat.repo.js';

/**
 * When a person's reply to a conversation is due (docs/SPEC.md [DUE1], [DUE3]): the clock runs
 * from `awaitingReplySince` (kept by chat-send, request-human and the staff reply) in business
 * minutes; the first-response target applies until a person first replied, the next-response
 * target after. Null: nobody owes a reply.
 */
export function replyDueAt(
  config: Config,
  chat: Pick<ChatRow, 'awaitingReplySince' | 'firstResponseAt'>,
): number | null {
  if (chat.awaitingReplySince === null) return null;
  const minutes =
    chat.firstResponseAt === null ? config.DESK_FIRST_RESPONSE_MINUTES : config.DESK_NEXT_RESPONSE_MINUTES;
  return dueAt(chat.awaitingReplySince, minutes, config.DESK_BUSINESS_HOURS, config.DESK_TIMEZONE);
}

const FUNCTION = 'desk_overdue_due';
const registered = new WeakSet<object>();
const asNumber = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : null);

/**
 * The overview's order: overdue first, the most overdue (earliest due) first; `then` decides the
 * rest. The due time comes from the same function inside SQL, a function of this connection
 * registered on first use (business hours and summer time do not fit in SQL arithmetic). It is
 * one expression, called once for each row that owes a reply: the due time while overdue, else null.
 */
export function overdueFirst(db: Db, config: Config, now: number): SQL {
  const client = db.$client;
  if (!registered.has(client)) {
    client.function(FUNCTION, { deterministic: true }, (since: unknown, firstResponseAt: unknown, at: unknown) => {
      const awaitingReplySince = asNumber(since);
      const time = asNumber(at);
      if (awaitingReplySince === null || time === null) return null;
      const due = replyDueAt(config, { awaitingReplySince, firstResponseAt: asNumber(firstResponseAt) });
      return due !== null && time > due ? due : null;
    });
    registered.add(client);
  }
  const overdueDue = sql`case when ${chats.awaitingReplySince} is null then null else ${sql.raw(FUNCTION)}(${chats.awaitingReplySince}, ${chats.firstResponseAt}, ${now}) end`;
  return sql`${overdueDue} asc nulls last`;
}

/** The row's `replyDueAt` and `overdue` (past its due time by the app's clock). */
export function replyDue(
  ctx: { config: Config; now(): number },
  chat: ChatRow,
): { replyDueAt: string | null; overdue: boolean } {
  const due = replyDueAt(ctx.config, chat);
  return { replyDueAt: due === null ? null : new Date(due).toISOString(), overdue: due !== null && ctx.now() > due };
}
