import { and, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import {
  callbackRequests,
  cartLines,
  chatRatings,
  carts,
  chatMessages,
  chatTags,
  users,
  variants,
} from '../../db/schema.js';
import type { ChatRow } from '../chat/chat.repo.js';

/**
 * What the desk's rows need besides the conversation itself, read for many conversations at
 * once: one query per kind for the overview's 100 rows, instead of seven per row (they were 30 of
 * the overview's 40 ms over 5,000 conversations; docs/PERFORMANCE.md, desk). Each answers as the
 * single-conversation reads do (summaryOf, readCart's subtotal): staff-row-facts.test.ts compares them.
 */
export interface RowFacts {
  shopperName(chat: ChatRow): string | null;
  messageCount(chat: ChatRow): number;
  /** The shopper's own messages (a desk's "unread" counts these, not the assistant's answers). */
  shopperMessageCount(chat: ChatRow): number;
  lastMessage(chat: ChatRow): string;
  cartValueCents(chat: ChatRow): number;
  tags(chat: ChatRow): string[];
  /** The newest open callback request's time (ms), if any. */
  openCallbackAt(chat: ChatRow): number | null;
  /** The address the newest callback request with one left (a guest's may be none). */
  callbackContact(chat: ChatRow): string | null;
  /** The shopper's latest rating of the conversation. */
  rating(chat: ChatRow): { score: number; comment: string } | null;
}

const ownerKey = (userId: number | null, sessionId: string | null) =>
  userId !== null ? `user:${userId}` : `session:${sessionId}`;

export function rowFacts(ctx: AppContext, chats: ChatRow[]): RowFacts {
  const { db } = ctx;
  const ids = chats.map((c) => c.id);
  const userIds = [...new Set(chats.flatMap((c) => (c.userId === null ? [] : [c.userId])))];
  const guestSessions = [...new Set(chats.flatMap((c) => (c.userId === null ? [c.sessionId] : [])))];
  const names = new Map(
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, userIds))
      .all()
      .map((u) => [u.id, u.name]),
  );
  const countRows = db
    .select({
      chatId: chatMessages.chatId,
      n: sql<number>`count(*)`,
      fromShopper: sql<number>`sum(${chatMessages.role} = 'user')`,
    })
    .from(chatMessages)
    .where(inArray(chatMessages.chatId, ids))
    .groupBy(chatMessages.chatId)
    .all();
  const counts = new Map(countRows.map((r) => [r.chatId, r.n]));
  const shopperCounts = new Map(countRows.map((r) => [r.chatId, r.fromShopper]));
  // The newest shown message of each: the largest id among the user's, assistant's and staff's, not streaming.
  const newest = db
    .select({ id: sql<number>`max(${chatMessages.id})` })
    .from(chatMessages)
    .where(
      and(
        inArray(chatMessages.chatId, ids),
        inArray(chatMessages.role, ['user', 'assistant', 'staff']),
        sql`${chatMessages.status} <> 'streaming'`,
      ),
    )
    .groupBy(chatMessages.chatId);
  const lasts = new Map(
    db
      .select({ chatId: chatMessages.chatId, content: chatMessages.content })
      .from(chatMessages)
      .where(inArray(chatMessages.id, newest))
      .all()
      .map((r) => [r.chatId, r.content]),
  );
  const values = new Map(
    db
      .select({
        userId: carts.userId,
        sessionId: carts.sessionId,
        cents: sql<number>`coalesce(sum(${cartLines.quantity} * ${variants.priceCents}), 0)`,
      })
      .from(carts)
      .innerJoin(cartLines, sql`${cartLines.cartId} = ${carts.id}`)
      .innerJoin(variants, sql`${variants.id} = ${cartLines.variantId}`)
      .where(sql`${inArray(carts.userId, userIds)} or ${inArray(carts.sessionId, guestSessions)}`)
      .groupBy(carts.id)
      .all()
      .map((r) => [ownerKey(r.userId, r.sessionId), r.cents]),
  );
  const tags = new Map<number, string[]>();
  for (const { chatId, tag } of db
    .select()
    .from(chatTags)
    .where(inArray(chatTags.chatId, ids))
    .orderBy(chatTags.chatId, chatTags.tag)
    .all())
    tags.set(chatId, [...(tags.get(chatId) ?? []), tag]);
  const callbacks = new Map(
    db
      .select({ chatId: callbackRequests.chatId, at: sql<number>`max(${callbackRequests.createdAt})` })
      .from(callbackRequests)
      .where(and(inArray(callbackRequests.chatId, ids), isNull(callbackRequests.handledAt)))
      .groupBy(callbackRequests.chatId)
      .all()
      .map((r) => [r.chatId, r.at]),
  );
  const contacts = new Map<number, string>();
  for (const { chatId, contact } of db
    .select({ chatId: callbackRequests.chatId, contact: callbackRequests.contact })
    .from(callbackRequests)
    .where(and(inArray(callbackRequests.chatId, ids), isNotNull(callbackRequests.contact)))
    .orderBy(callbackRequests.createdAt, callbackRequests.id)
    .all())
    if (contact !== null) contacts.set(chatId, contact); // oldest first: the newest stays
  const ratings = new Map<number, { score: number; comment: string }>();
  for (const { chatId, score, comment } of db
    .select({ chatId: chatRatings.chatId, score: chatRatings.score, comment: chatRatings.comment })
    .from(chatRatings)
    .where(inArray(chatRatings.chatId, ids))
    .orderBy(chatRatings.id)
    .all())
    ratings.set(chatId, { score, comment }); // oldest first: the latest stays
  return {
    shopperName: (chat) => (chat.userId === null ? null : (names.get(chat.userId) ?? null)),
    messageCount: (chat) => counts.get(chat.id) ?? 0,
    shopperMessageCount: (chat) => shopperCounts.get(chat.id) ?? 0,
    lastMessage: (chat) => lasts.get(chat.id) ?? '',
    cartValueCents: (chat) => values.get(ownerKey(chat.userId, chat.userId === null ? chat.sessionId : null)) ?? 0,
    tags: (chat) => tags.get(chat.id) ?? [],
    openCallbackAt: (chat) => callbacks.get(chat.id) ?? null,
    callbackContact: (chat) => contacts.get(chat.id) ?? null,
    rating: (chat) => ratings.get(chat.id) ?? null,
  };
}
