import { and, gte, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { chatMessages, chatRatings, chats } from '../../db/schema.js';
import type { StaffMetrics, StartedIn } from '../../../shared/staff.js';
import { counters } from './staff-board.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The desk's live figures (docs/SPEC.md [METRIC1]): a handful of queries, each bounded by the
 * `chats_updated_idx` index. Every time measured here (a start, a first reply, a close) moved
 * `updated_at` too, so `updated_at >= since` keeps every row that can count and lets the index
 * skip the rest: the figures cost the same with 50 or 5,000 older conversations.
 */
export function staffMetrics(ctx: AppContext): StaffMetrics {
  const now = ctx.now();
  const week = now - 7 * DAY;
  const thisHour = now - (now % HOUR);
  const today = now - (now % DAY);
  return {
    counters: counters(ctx),
    byHour: startedPer(ctx, thisHour - 23 * HOUR, HOUR, 24),
    byDay: startedPer(ctx, today - 13 * DAY, DAY, 14),
    medianFirstResponseMs: median(
      ctx,
      sql`${chats.firstResponseAt} - ${chats.handoffAt}`,
      and(gte(chats.updatedAt, week), gte(chats.firstResponseAt, week), isNotNull(chats.handoffAt)),
    ),
    medianResolutionMs: median(
      ctx,
      sql`${chats.closedAt} - coalesce(${chats.handoffAt}, ${chats.createdAt})`,
      and(gte(chats.updatedAt, week), gte(chats.closedAt, week)),
    ),
    assistantOnly: assistantOnly(ctx, week),
    satisfaction: satisfaction(ctx, week),
  };
}

const hasMessages = sql`exists (select 1 from ${chatMessages} where ${chatMessages.chatId} = ${chats.id})`;

/** Conversations with messages started in each of `buckets` spans of `size` ms from `since`, oldest first. */
function startedPer(ctx: AppContext, since: number, size: number, buckets: number): StartedIn[] {
  const bucket = sql<number>`cast((${chats.createdAt} - ${since}) / ${size} as integer)`;
  const counted = new Map(
    ctx.db
      .select({ bucket, n: sql<number>`count(*)` })
      .from(chats)
      .where(and(gte(chats.updatedAt, since), gte(chats.createdAt, since), hasMessages))
      .groupBy(bucket)
      .all()
      .map((r) => [r.bucket, r.n]),
  );
  return Array.from({ length: buckets }, (_, i) => ({
    at: new Date(since + i * size).toISOString(),
    count: counted.get(i) ?? 0,
  }));
}

/** The median of a duration in SQL: its count, then the middle one or two rows in its order. */
function median(ctx: AppContext, duration: SQL, where: SQL | undefined): number | null {
  const valid = and(where, sql`${duration} >= 0`);
  const n = ctx.db.select({ n: sql<number>`count(*)` }).from(chats).where(valid).get()!.n;
  if (n === 0) return null;
  const middle = ctx.db
    .select({ ms: sql<number>`${duration}` })
    .from(chats)
    .where(valid)
    .orderBy(duration)
    .limit(2 - (n % 2))
    .offset(Math.floor((n - 1) / 2))
    .all();
  return Math.round(middle.reduce((sum, r) => sum + r.ms, 0) / middle.length);
}

/** Conversations with messages in the window, and those no person was asked for or joined. */
function assistantOnly(ctx: AppContext, since: number): StaffMetrics['assistantOnly'] {
  const recent = sql`exists (select 1 from ${chatMessages} where ${chatMessages.chatId} = ${chats.id} and ${chatMessages.createdAt} >= ${since})`;
  const row = ctx.db
    .select({
      of: sql<number>`count(*)`,
      count: sql<number>`coalesce(sum(${chats.handoffAt} is null and ${chats.staffJoinedAt} is null), 0)`,
    })
    .from(chats)
    .where(and(gte(chats.updatedAt, since), recent))
    .get()!;
  return { count: row.count, of: row.of };
}

function satisfaction(ctx: AppContext, since: number): StaffMetrics['satisfaction'] {
  const row = ctx.db
    .select({ average: sql<number | null>`avg(${chatRatings.score})`, count: sql<number>`count(*)` })
    .from(chatRatings)
    .where(gte(chatRatings.createdAt, since))
    .get()!;
  return { average: row.average === null ? null : Math.round(row.average * 100) / 100, count: row.count };
}
