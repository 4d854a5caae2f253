import { and, eq, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { chatMessages } from '../../db/schema.js';
import { rooms } from '../../socket/rooms.js';
import { toMessage } from './chat.repo.js';

/**
 * Streams with an owner (docs/decisions/028-workers-cluster.md): each streaming answer names the
 * process relaying it (`owner`, the app's instance id) and the time its owner last said so
 * (`heartbeat_at`). Several processes share the database, so none may take another's live
 * answers for dead ones: an answer is left behind when its heartbeat is stale.
 */

/** How often a process touches the heartbeat of the answers it relays (on the checkpoint timer). */
export const ANSWER_HEARTBEAT_MS = 5000;
/** A heartbeat this old means the owner died: three periods missed, not one slow turn. */
export const ANSWER_STALE_MS = 3 * ANSWER_HEARTBEAT_MS;

/** The heartbeat write of one owner's streaming answers; prepared once, run by the checkpoint timer. */
export function prepareAnswerHeartbeat(db: DbLike, owner: string): (now: number) => void {
  const statement = db
    .update(chatMessages)
    .set({ heartbeatAt: sql`${sql.placeholder('now')}` })
    .where(and(eq(chatMessages.status, 'streaming'), eq(chatMessages.owner, owner)))
    .prepare();
  return (now) => void statement.run({ now });
}

/**
 * Which streaming answers are left behind: every one (the shop starts and no process of it runs),
 * those whose owner went quiet, or those of one owner known to be dead (its primary saw it exit).
 */
export type LeftBehind = { all: true } | { staleFor: number; except: string } | { owner: string };

/**
 * Answers left streaming by a process that died are marked interrupted (the shopper can ask
 * again); returns how many. A stale sweep never marks the answers of `except` (the caller's own,
 * which it knows are alive) nor one whose heartbeat is newer than `now - staleFor` [WORK5].
 */
export function markInterruptedAnswers(db: DbLike, now: number, which: LeftBehind = { all: true }): number {
  return markLeftBehind(db, now, which).run().changes;
}

/**
 * The sweep beside other processes: the answers of a dead owner (by default, any whose heartbeat
 * is stale; or the one named, when the primary saw it exit) are marked interrupted and their end
 * is pushed to their conversation, so a tab (on any process) watching one stops waiting for it.
 * Returns how many.
 */
export function sweepDeadOwners(
  ctx: Pick<AppContext, 'db' | 'now' | 'instanceId' | 'publish'>,
  which: LeftBehind = { staleFor: ANSWER_STALE_MS, except: ctx.instanceId },
): number {
  const rows = markLeftBehind(ctx.db, ctx.now(), which).returning().all();
  for (const row of rows) {
    const push = { chatId: row.chatId, message: toMessage(row), error: { code: 'interrupted' as const } };
    ctx.publish(rooms.chat(row.chatId), 'chat:error', push);
  }
  return rows.length;
}

function markLeftBehind(db: DbLike, now: number, which: LeftBehind) {
  return db
    .update(chatMessages)
    .set({ status: 'error', errorCode: 'interrupted', completedAt: now })
    .where(and(eq(chatMessages.status, 'streaming'), leftBehind(which, now)));
}

function leftBehind(which: LeftBehind, now: number) {
  if ('all' in which) return undefined;
  if ('owner' in which) return eq(chatMessages.owner, which.owner);
  return and(
    or(isNull(chatMessages.owner), ne(chatMessages.owner, which.except)),
    or(isNull(chatMessages.heartbeatAt), lte(chatMessages.heartbeatAt, now - which.staleFor)),
  );
}
