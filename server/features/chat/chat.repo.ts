import { and, desc, eq, gt, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { preparedByShape, preparedPer } from '../../db/prepared.js';
import { chatMessages, chats } from '../../db/schema.js';
import {
  CHAT_ERROR_CODES,
  type ChatCard,
  type ChatErrorCode,
  type ChatMessage,
  type ChatRole,
  type ChatSummary,
  type Department,
  type MessageStatus,
} from '../../../shared/chat.js';
import type { LiveSession } from '../auth/sessions.repo.js';

export type ChatRow = typeof chats.$inferSelect;
export type MessageRow = typeof chatMessages.$inferSelect;
export type NewMessage = Omit<typeof chatMessages.$inferInsert, 'id'>;

const TITLE_LENGTH = 60;
const LISTED = 50;

/** A user's conversations, or a guest session's. */
export const ownerWhere = (session: LiveSession) =>
  session.userId !== null
    ? eq(chats.userId, session.userId)
    : and(isNull(chats.userId), eq(chats.sessionId, session.id));

export const ownsChat = (session: LiveSession, row: ChatRow) =>
  session.userId !== null ? row.userId === session.userId : row.userId === null && row.sessionId === session.id;

/**
 * A closed conversation opened again, by the shopper writing or by staff: the assistant answers,
 * the desk has it open, and it no longer counts as resolved (docs/ARCHITECTURE.md §7).
 */
export const REOPENED = {
  status: 'ai',
  deskStatus: 'open',
  snoozedUntil: null,
  closedAt: null,
} as const satisfies Partial<ChatRow>;

const param = (name: string) => sql.placeholder(name);
const inChat = eq(chatMessages.chatId, param('chatId'));
const shown = or(eq(chatMessages.role, 'user'), eq(chatMessages.role, 'assistant'), eq(chatMessages.role, 'staff'));

/** The reads and writes of every message sent and answered, prepared once per database ([HOT1]). */
const chatQueries = preparedPer((db) => {
  const current = (owner: SQL | undefined) =>
    db
      .select()
      .from(chats)
      .where(and(owner, eq(chats.sessionId, param('sessionId')), gt(chats.currentAt, 0)))
      .orderBy(desc(chats.currentAt), desc(chats.id))
      .limit(1)
      .prepare();
  return {
    chat: db
      .select()
      .from(chats)
      .where(eq(chats.id, param('id')))
      .prepare(),
    currentOfUser: current(eq(chats.userId, param('userId'))),
    currentOfGuest: current(isNull(chats.userId)),
    touchChat: db
      .update(chats)
      .set({ updatedAt: sql`${param('now')}` })
      .where(eq(chats.id, param('id')))
      .prepare(),
    message: db
      .select()
      .from(chatMessages)
      .where(and(inChat, eq(chatMessages.id, param('id'))))
      .prepare(),
    byClientId: db
      .select()
      .from(chatMessages)
      .where(and(inChat, eq(chatMessages.clientId, param('clientId'))))
      .prepare(),
    messages: db.select().from(chatMessages).where(inChat).orderBy(chatMessages.id).prepare(),
    shopperTexts: db
      .select({ text: chatMessages.content })
      .from(chatMessages)
      .where(and(inChat, eq(chatMessages.role, 'user')))
      .orderBy(chatMessages.id)
      .limit(param('limit'))
      .prepare(),
    count: db.select({ n: sql<number>`count(*)` }).from(chatMessages).where(inChat).prepare(),
    lastShown: db
      .select({ content: chatMessages.content })
      .from(chatMessages)
      .where(and(inChat, ne(chatMessages.status, 'streaming'), shown))
      .orderBy(desc(chatMessages.id))
      .limit(1)
      .prepare(),
  };
});

const updateChatQuery = preparedByShape(chats, (db, set) =>
  db
    .update(chats)
    .set(set)
    .where(eq(chats.id, param('id')))
    .returning()
    .prepare(),
);
const insertMessageQuery = preparedByShape(chatMessages, (db, values) =>
  db
    .insert(chatMessages)
    .values(values as unknown as NewMessage)
    .returning()
    .prepare(),
);
const updateMessageQuery = preparedByShape(chatMessages, (db, set) =>
  db
    .update(chatMessages)
    .set(set)
    .where(eq(chatMessages.id, param('id')))
    .returning()
    .prepare(),
);

/** A new conversation, current for its login session from `currentAt` (after any other it has). */
export function insertChat(db: DbLike, session: LiveSession, department: Department, now: number): ChatRow {
  const currentAt = Math.max(now, (currentChatOf(db, session)?.currentAt ?? 0) + 1);
  return db
    .insert(chats)
    .values({ userId: session.userId, sessionId: session.id, department, createdAt: now, updatedAt: now, currentAt })
    .returning()
    .get();
}

export const findChat = (db: DbLike, id: number): ChatRow | undefined => chatQueries(db).chat.get({ id });

export function updateChat(db: DbLike, id: number, change: Partial<Omit<ChatRow, 'id'>>): ChatRow {
  const { prepared, params } = updateChatQuery(db, change);
  return prepared.get({ ...params, id })!;
}

/** The conversation changed now (an answer ended in it). */
export function touchChat(db: DbLike, id: number, now: number): void {
  chatQueries(db).touchChat.run({ id, now });
}

/**
 * The login session's current conversation: the one it made current last. `currentAt` 0: never
 * made current (a contact-form conversation, until the shopper opens it), so never the current one.
 */
export function currentChatOf(db: DbLike, session: LiveSession): ChatRow | undefined {
  const queries = chatQueries(db);
  return session.userId !== null
    ? queries.currentOfUser.get({ userId: session.userId, sessionId: session.id })
    : queries.currentOfGuest.get({ sessionId: session.id });
}

/** The identity's most recent conversation with messages, other than `exceptId`. */
export function lastChatOf(db: DbLike, session: LiveSession, exceptId: number | null): ChatRow | undefined {
  const hasMessages = sql`exists (select 1 from ${chatMessages} where ${chatMessages.chatId} = ${chats.id})`;
  const where =
    exceptId === null
      ? and(ownerWhere(session), hasMessages)
      : and(ownerWhere(session), hasMessages, sql`${chats.id} <> ${exceptId}`);
  return db.select().from(chats).where(where).orderBy(desc(chats.updatedAt), desc(chats.id)).limit(1).get();
}

export function insertMessage(db: DbLike, message: NewMessage): MessageRow {
  const { prepared, params } = insertMessageQuery(db, message);
  return prepared.get(params)!;
}

/** The message as changed, or undefined when it is gone (its conversation was deleted with an account). */
export function updateMessage(
  db: DbLike,
  id: number,
  change: Partial<Omit<MessageRow, 'id' | 'chatId'>>,
): MessageRow | undefined {
  const { prepared, params } = updateMessageQuery(db, change);
  return prepared.get({ ...params, id });
}

/**
 * The write of an answer's text and cards so far, while it still streams: a checkpoint that
 * reaches the database after the answer's final write (or after a restart marked it) changes
 * nothing. Prepared once: a checkpoint tick runs it for every streaming answer, and building the
 * query each time cost ~50 µs an answer (~30× the statement's own run).
 */
export function prepareAnswerCheckpoint(db: DbLike): (id: number, content: string, cards: ChatCard[]) => void {
  // Drizzle types no placeholder in set(); wrapped in sql, the cards miss the column's JSON encoding, so they get it here.
  const statement = db
    .update(chatMessages)
    .set({ content: sql`${sql.placeholder('content')}`, cards: sql`${sql.placeholder('cards')}` })
    .where(and(eq(chatMessages.id, sql.placeholder('id')), eq(chatMessages.status, 'streaming')))
    .prepare();
  return (id, content, cards) => void statement.run({ id, content, cards: JSON.stringify(cards) });
}

export const findMessage = (db: DbLike, chatId: number, id: number): MessageRow | undefined =>
  chatQueries(db).message.get({ chatId, id });

export const messageByClientId = (db: DbLike, chatId: number, clientId: string): MessageRow | undefined =>
  chatQueries(db).byClientId.get({ chatId, clientId });

export const messagesOf = (db: DbLike, chatId: number): MessageRow[] => chatQueries(db).messages.all({ chatId });

/** The conversation's first `limit` shopper messages' texts. */
export const shopperTexts = (db: DbLike, chatId: number, limit: number): string[] =>
  chatQueries(db)
    .shopperTexts.all({ chatId, limit })
    .map((m) => m.text);

/** Conversations with at least one message, newest first, with their last message and size. */
export function listChats(db: DbLike, session: LiveSession): ChatSummary[] {
  const count = sql<number>`(select count(*) from ${chatMessages} where ${chatMessages.chatId} = ${chats.id})`;
  const last = sql<
    string | null
  >`(select content from ${chatMessages} where ${chatMessages.chatId} = ${chats.id} and ${chatMessages.role} in ('user', 'assistant', 'staff') and ${chatMessages.status} <> 'streaming' order by ${chatMessages.id} desc limit 1)`;
  return db
    .select({ chat: chats, count, last })
    .from(chats)
    .where(and(ownerWhere(session), sql`${count} > 0`))
    .orderBy(desc(chats.updatedAt), desc(chats.id))
    .limit(LISTED)
    .all()
    .map((r) => toSummary(r.chat, r.count, r.last ?? ''));
}

/** A conversation's summary; the frustration flag only for staff. */
export function summaryOf(db: DbLike, row: ChatRow, forStaff = false): ChatSummary {
  const queries = chatQueries(db);
  const count = queries.count.get({ chatId: row.id })!.n;
  const last = queries.lastShown.get({ chatId: row.id });
  return toSummary(row, count, last?.content ?? '', forStaff);
}

const iso = (ms: number) => new Date(ms).toISOString();
const excerpt = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};
export const titleFrom = (text: string) => excerpt(text, TITLE_LENGTH);

export function toSummary(row: ChatRow, messageCount: number, lastMessage: string, forStaff = false): ChatSummary {
  const summary: ChatSummary = {
    id: row.id,
    title: row.title,
    department: row.department,
    status: row.status,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    lastMessage: excerpt(lastMessage, 120),
    messageCount,
  };
  if (row.status === 'staff' && row.assigneeName) summary.assigneeName = row.assigneeName;
  if (forStaff) summary.flagged = row.flagged;
  return summary;
}

export function toMessage(row: MessageRow): ChatMessage {
  const message: ChatMessage = {
    id: row.id,
    role: row.role as ChatRole,
    content: row.content,
    status: row.status as MessageStatus,
    cards: row.cards,
    createdAt: iso(row.createdAt),
  };
  if (row.authorName) message.author = row.authorName;
  if (row.department) message.department = row.department;
  if (row.errorCode) message.error = { code: chatErrorCode(row.errorCode) };
  if (row.english) message.english = row.english;
  return message;
}

const chatErrorCode = (code: string): ChatErrorCode =>
  (CHAT_ERROR_CODES as readonly string[]).includes(code) ? (code as ChatErrorCode) : 'internal';
