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

const FUNCTION = 'desk_reply_due';
const registered = new WeakSet<object>();

/**
 * The same due time inside SQL, so the overview's one ORDER BY can sort overdue rows first
 * (business hours and summer time do not fit in SQL arithmetic). A function of this connection,
 * registered on first use; only rows that owe a reply call it.
 */
export function replyDueSql(db: Db, config: Config): SQL {
  const client = db.$client;
  if (!registered.has(client)) {
    client.function(FUNCTION, { deterministic: true }, (since: unknown, firstResponseAt: unknown) =>
      typeof since === 'number' || typeof since === 'bigint'
        ? replyDueAt(config, {
            awaitingReplySince: Number(since),
            firstResponseAt: firstResponseAt === null ? null : Number(firstResponseAt),
          })
        : null,
    );
    registered.add(client);
  }
  return sql`(case when ${chats.awaitingReplySince} is null then null else ${sql.raw(FUNCTION)}(${chats.awaitingReplySince}, ${chats.firstResponseAt}) end)`;
}

/** The overview's order: overdue first, the most overdue first (earliest due); then `then`. */
export function overdueFirst(db: Db, config: Config, now: number): SQL[] {
  const due = replyDueSql(db, config);
  const overdue = sql`coalesce(${due} < ${now}, 0)`;
  return [sql`${overdue} desc`, sql`case when ${overdue} then ${due} end asc`];
}

/** The row's `replyDueAt` and `overdue` (past its due time by the app's clock). */
export function replyDue(
  ctx: { config: Config; now(): number },
  chat: ChatRow,
): { replyDueAt: string | null; overdue: boolean } {
  const due = replyDueAt(ctx.config, chat);
  return { replyDueAt: due === null ? null : new Date(due).toISOString(), overdue: due !== null && ctx.now() > due };
}
