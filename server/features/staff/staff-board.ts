import { and, desc, eq, gte, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { chatMessages, chats, orders } from '../../db/schema.js';
import { rooms } from '../../socket/rooms.js';
import type { StaffOverviewQuery } from '../../../shared/desk-triage.js';
import type { StaffConversation, StaffCounters } from '../../../shared/staff.js';
import { toSummary, type ChatRow } from '../chat/chat.repo.js';
import { deskViewWhere } from './desk-view-sql.js';
import type { Presence } from './presence.js';
import { overdueFirst, replyDue } from './reply-due.js';
import { shopperRoom } from './shopper-of-chat.js';
import { rowFacts, type RowFacts } from './staff-row-facts.js';

const MINUTE = 60_000;
/** Per conversation, through the messages' index (an `in (select …)` would read every message first). */
const hasMessages = sql`exists (select 1 from ${chatMessages} where ${chatMessages.chatId} = ${chats.id})`;
const HOUR = 60 * MINUTE;
const LISTED = 100;

/** One conversation as the overview shows it; `facts` read for many rows at once (staff-row-facts.ts). */
export function staffRow(
  ctx: AppContext,
  presence: Presence,
  chat: ChatRow,
  facts: RowFacts = rowFacts(ctx, [chat]),
): StaffConversation {
  const callbackAt = facts.openCallbackAt(chat);
  return {
    chat: toSummary(chat, facts.messageCount(chat), facts.lastMessage(chat), true),
    shopperName: facts.shopperName(chat),
    shopperMessageCount: facts.shopperMessageCount(chat),
    // Ownership, shown whatever the status ([ASSIGN1]); who speaks is chat.status 'staff' with it.
    assignee: chat.assigneeId !== null ? { id: chat.assigneeId, name: chat.assigneeName ?? '' } : null,
    waitingSince:
      chat.status === 'waiting' && chat.waitingSince !== null ? new Date(chat.waitingSince).toISOString() : null,
    cartValueCents: facts.cartValueCents(chat),
    shopperTabs: presence.shopperTabs(shopperRoom(chat)),
    deskStatus: chat.deskStatus,
    snoozedUntil: chat.snoozedUntil === null ? null : new Date(chat.snoozedUntil).toISOString(),
    priority: chat.priority,
    tags: facts.tags(chat),
    channel: chat.channel,
    contactEmail: chat.contactEmail ?? facts.callbackContact(chat),
    callbackRequestedAt: callbackAt === null ? null : new Date(callbackAt).toISOString(),
    ...replyDue(ctx, chat),
    viewers: presence.viewers(chat.id),
    rating: facts.rating(chat),
  };
}

/** Rows for many conversations: their facts read in one go. */
export const staffRows = (ctx: AppContext, presence: Presence, chats: ChatRow[]): StaffConversation[] => {
  const facts = rowFacts(ctx, chats);
  return chats.map((chat) => staffRow(ctx, presence, chat, facts));
};

/** Tell the staff room these conversations' rows changed, in one frame (only while some staff member is online). */
export function publishRows(ctx: AppContext, presence: Presence, chatIds: number[]): void {
  if (presence.staffOnline().length === 0 || chatIds.length === 0) return;
  const found = ctx.db.select().from(chats).where(inArray(chats.id, chatIds)).all();
  if (found.length)
    ctx.publish(
      rooms.staff(),
      'staff:conversations',
      staffRows(ctx, presence, found), // the frame's facts read together (staff-row-facts.ts)
    );
}

/**
 * Conversations with messages that are open, or closed within the day, under the overview's
 * filters (desk-view-sql.ts, [VIEW1]): overdue ones first (the most overdue first), then waiting
 * ones, newest first. The one place the overview is ordered.
 */
export function listConversations(
  ctx: AppContext,
  presence: Presence,
  query: StaffOverviewQuery = {},
  meId: number | null = null,
): StaffConversation[] {
  const recent = or(ne(chats.status, 'closed'), gte(chats.updatedAt, ctx.now() - 24 * HOUR));
  const listed = ctx.db
    .select()
    .from(chats)
    .where(and(hasMessages, recent, deskViewWhere(query, meId)))
    .orderBy(
      overdueFirst(ctx.db, ctx.config, ctx.now()),
      desc(sql`${chats.status} = 'waiting'`),
      desc(chats.waitingSince),
      desc(chats.updatedAt),
      desc(chats.id),
    )
    .limit(LISTED)
    .all();
  return staffRows(ctx, presence, listed);
}

/** The conversations of one shopper that the overview may show (after their cart or tabs changed). */
export function openChatsOf(ctx: AppContext, ownerRoom: string): ChatRow[] {
  const [kind, id] = [ownerRoom.slice(0, ownerRoom.indexOf(':')), ownerRoom.slice(ownerRoom.indexOf(':') + 1)];
  const owner =
    kind === 'user' ? eq(chats.userId, Number(id)) : and(sql`${chats.userId} is null`, eq(chats.sessionId, id));
  return ctx.db
    .select()
    .from(chats)
    .where(and(owner, ne(chats.status, 'closed')))
    .orderBy(desc(chats.updatedAt))
    .limit(5)
    .all();
}

/** Start of the current day (UTC): "today" for the counters. */
const startOfDay = (now: number) => now - (now % (24 * HOUR));

export function counters(ctx: AppContext): StaffCounters {
  const now = ctx.now();
  const today = startOfDay(now);
  const count = (where: ReturnType<typeof and>) =>
    ctx.db.select({ n: sql<number>`count(*)` }).from(chats).where(where).get()!.n;
  const sale = ctx.db
    .select({ n: sql<number>`count(*)`, total: sql<number>`coalesce(sum(${orders.totalCents}), 0)` })
    .from(orders)
    .where(and(gte(orders.createdAt, today), ne(orders.status, 'cancelled')))
    .get()!;
  const thisHour = now - (now % HOUR);
  const since = thisHour - 11 * HOUR;
  const started = ctx.db
    .select({ at: chats.createdAt })
    .from(chats)
    .where(and(gte(chats.createdAt, since), hasMessages))
    .all();
  const conversationsByHour = Array.from({ length: 12 }, (_, i) => {
    const from = since + i * HOUR;
    return {
      hour: new Date(from).toISOString(),
      count: started.filter((c) => c.at >= from && c.at < from + HOUR).length,
    };
  });
  return {
    active: count(and(ne(chats.status, 'closed'), gte(chats.updatedAt, now - 30 * MINUTE))),
    waiting: count(eq(chats.status, 'waiting')),
    handledByAiToday: count(and(gte(chats.updatedAt, today), sql`${chats.staffJoinedAt} is null`, hasMessages)),
    handledByStaffToday: count(and(gte(chats.updatedAt, today), isNotNull(chats.staffJoinedAt))),
    ordersToday: sale.n,
    revenueTodayCents: sale.total,
    conversationsByHour,
  };
}
