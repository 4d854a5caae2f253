import { and, desc, eq, gte, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { callbackRequests, chatMessages, chats, chatTags, orders, users } from '../../db/schema.js';
import { rooms } from '../../socket/rooms.js';
import type { StaffOverviewQuery } from '../../../shared/desk-triage.js';
import type { StaffConversation, StaffCounters } from '../../../shared/staff.js';
import { readCart } from '../cart/cart.repo.js';
import { summaryOf, type ChatRow } from '../chat/chat.repo.js';
import { deskViewWhere } from './desk-view-sql.js';
import type { Presence } from './presence.js';
import { ownerOfChat, shopperRoom } from './shopper-of-chat.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const LISTED = 100;

/** One conversation as the overview shows it. */
export function staffRow(ctx: AppContext, presence: Presence, chat: ChatRow): StaffConversation {
  const shopper =
    chat.userId === null
      ? undefined
      : ctx.db.select({ name: users.name }).from(users).where(eq(users.id, chat.userId)).get();
  return {
    chat: summaryOf(ctx.db, chat, true),
    shopperName: shopper?.name ?? null,
    // Ownership, shown whatever the status ([ASSIGN1]); who speaks is chat.status 'staff' with it.
    assignee: chat.assigneeId !== null ? { id: chat.assigneeId, name: chat.assigneeName ?? '' } : null,
    waitingSince:
      chat.status === 'waiting' && chat.waitingSince !== null ? new Date(chat.waitingSince).toISOString() : null,
    cartValueCents: readCart(ctx.db, ownerOfChat(chat)).subtotalCents,
    shopperTabs: presence.shopperTabs(shopperRoom(chat)),
    deskStatus: chat.deskStatus,
    snoozedUntil: chat.snoozedUntil === null ? null : new Date(chat.snoozedUntil).toISOString(),
    priority: chat.priority,
    tags: ctx.db
      .select({ tag: chatTags.tag })
      .from(chatTags)
      .where(eq(chatTags.chatId, chat.id))
      .orderBy(chatTags.tag)
      .all()
      .map((t) => t.tag),
    channel: chat.channel,
    contactEmail: chat.contactEmail,
    callbackRequestedAt: openCallbackAt(ctx, chat.id),
    replyDueAt: null,
    overdue: false,
    viewers: presence.viewers(chat.id),
    rating: null,
  };
}

function openCallbackAt(ctx: AppContext, chatId: number): string | null {
  const open = ctx.db
    .select({ at: callbackRequests.createdAt })
    .from(callbackRequests)
    .where(and(eq(callbackRequests.chatId, chatId), isNull(callbackRequests.handledAt)))
    .orderBy(desc(callbackRequests.createdAt))
    .limit(1)
    .get();
  return open ? new Date(open.at).toISOString() : null;
}

/** Tell the staff room a conversation's row changed (only while some staff member is online). */
export function publishRow(ctx: AppContext, presence: Presence, chat: ChatRow): void {
  if (presence.staffOnline().length === 0) return;
  ctx.publish(rooms.staff(), 'staff:conversation', staffRow(ctx, presence, chat));
}

/**
 * Conversations with messages that are open, or closed within the day, under the overview's
 * filters (desk-view-sql.ts, [VIEW1]): waiting ones first, newest first.
 */
export function listConversations(
  ctx: AppContext,
  presence: Presence,
  query: StaffOverviewQuery = {},
  meId: number | null = null,
): StaffConversation[] {
  const hasMessages = sql`exists (select 1 from ${chatMessages} where ${chatMessages.chatId} = ${chats.id})`;
  const recent = or(ne(chats.status, 'closed'), gte(chats.updatedAt, ctx.now() - 24 * HOUR));
  return ctx.db
    .select()
    .from(chats)
    .where(and(hasMessages, recent, deskViewWhere(query, meId)))
    .orderBy(desc(sql`${chats.status} = 'waiting'`), desc(chats.waitingSince), desc(chats.updatedAt), desc(chats.id))
    .limit(LISTED)
    .all()
    .map((chat) => staffRow(ctx, presence, chat));
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
    .where(
      and(
        gte(chats.createdAt, since),
        inArray(chats.id, ctx.db.select({ id: chatMessages.chatId }).from(chatMessages)),
      ),
    )
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
    handledByAiToday: count(
      and(
        gte(chats.updatedAt, today),
        sql`${chats.staffJoinedAt} is null`,
        inArray(chats.id, ctx.db.select({ id: chatMessages.chatId }).from(chatMessages)),
      ),
    ),
    handledByStaffToday: count(and(gte(chats.updatedAt, today), isNotNull(chats.staffJoinedAt))),
    ordersToday: sale.n,
    revenueTodayCents: sale.total,
    conversationsByHour,
  };
}
