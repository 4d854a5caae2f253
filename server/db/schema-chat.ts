import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CHAT_ROLES,
  CHAT_STATUSES,
  DEPARTMENTS,
  MESSAGE_STATUSES,
  type ChatCard,
  type EnglishRendering,
} from '../../shared/chat.js';
import { CHANNELS, DESK_STATUSES, PRIORITIES } from '../../shared/desk.js';
import { users } from './schema-shop.js';

/** The assistant's and the staff console's tables (docs/ARCHITECTURE.md §6, §7). */

/**
 * A conversation with the assistant (docs/ARCHITECTURE.md §6). It belongs to an identity (`userId`, or
 * for a guest the session) and to the login session holding it now (`sessionId`): a new
 * sign-in starts a new conversation, "continue" moves an old one to the new session. No
 * foreign key on the session: session rows are purged, a user's conversations stay.
 */
export const chats = sqliteTable(
  'chats',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').notNull(),
    department: text('department', { enum: DEPARTMENTS }).notNull(),
    /** Did the router pick the department (it may again), or did the shopper? */
    departmentChosen: integer('department_chosen', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: CHAT_STATUSES }).notNull().default('ai'),
    /** Frustration was detected: staff should look. */
    flagged: integer('flagged', { mode: 'boolean' }).notNull().default(false),
    title: text('title').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    /** Last activity (lists show the newest first). */
    updatedAt: integer('updated_at').notNull(),
    /** When its login session last made it current (a send, continue or new): the latest is the current one. */
    currentAt: integer('current_at').notNull(),
    /** The staff member who has it (status staff); one at a time. Kept as a name too for the transcript. */
    assigneeId: integer('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    assigneeName: text('assignee_name'),
    /** Since when it waits for a person (status waiting). */
    waitingSince: integer('waiting_since'),
    /** When staff first joined (a conversation staff handled, for the day's counters). */
    staffJoinedAt: integer('staff_joined_at'),
    closedAt: integer('closed_at'),
    resolution: text('resolution'),
    /** The desk's view (docs/ARCHITECTURE.md §7): open, pending (on the shopper), snoozed, resolved. */
    deskStatus: text('desk_status', { enum: DESK_STATUSES }).notNull().default('open'),
    /** While snoozed: when it opens again by itself. */
    snoozedUntil: integer('snoozed_until'),
    priority: text('priority', { enum: PRIORITIES }).notNull().default('normal'),
    channel: text('channel', { enum: CHANNELS }).notNull().default('chat'),
    /** A contact-form conversation: the address the shopper gave (a guest's is not verified). */
    contactEmail: text('contact_email'),
    contactName: text('contact_name'),
    /** When it first asked for a person (first response is measured from here). */
    handoffAt: integer('handoff_at'),
    /** The first reply a person wrote. */
    firstResponseAt: integer('first_response_at'),
    /** Since when the shopper awaits a person's reply (null: nobody owes one). */
    awaitingReplySince: integer('awaiting_reply_since'),
  },
  (t) => [
    index('chats_user_idx').on(t.userId, t.updatedAt),
    index('chats_session_idx').on(t.sessionId, t.currentAt),
    index('chats_desk_idx').on(t.deskStatus, t.updatedAt),
    index('chats_assignee_idx').on(t.assigneeId, t.updatedAt),
    index('chats_updated_idx').on(t.updatedAt),
  ],
);

/** Tool calls an answer made, kept for the transcript and staff. */
export interface StoredToolCall {
  name: string;
  args: unknown;
  ok: boolean;
  summary: string;
}

/**
 * One message. An answer is inserted when its stream starts (status streaming, empty) and
 * written once more when it ends; the text in between lives only in memory (never a write per token).
 */
export const chatMessages = sqliteTable(
  'chat_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    role: text('role', { enum: CHAT_ROLES }).notNull(),
    content: text('content').notNull().default(''),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull(),
    cards: text('cards', { mode: 'json' }).$type<ChatCard[]>().notNull().default([]),
    toolCalls: text('tool_calls', { mode: 'json' }).$type<StoredToolCall[]>().notNull().default([]),
    department: text('department', { enum: DEPARTMENTS }),
    /** Staff messages: who wrote it (kept as a name: the transcript outlives staff accounts). */
    authorName: text('author_name'),
    /** Shopper messages: the lexicon score (comparative, about -5 … +5). */
    sentiment: real('sentiment'),
    /** The client's id for a shopper message, so a resend stores nothing twice. */
    clientId: text('client_id'),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    errorCode: text('error_code'),
    createdAt: integer('created_at').notNull(),
    completedAt: integer('completed_at'),
    /** An answer given in French, German or Spanish by the built-in engine: the exchange in English ([LANG7]). */
    english: text('english', { mode: 'json' }).$type<EnglishRendering>(),
    /** A streaming answer: the process instance relaying it ([WORK5]). */
    owner: text('owner'),
    /** A streaming answer: when its owner last said it still relays it; stale means the owner died ([WORK5]). */
    heartbeatAt: integer('heartbeat_at'),
  },
  (t) => [
    index('chat_messages_chat_idx').on(t.chatId, t.id),
    // The leader's sweep for answers whose owner died reads only the few streaming rows.
    index('chat_messages_streaming_idx').on(t.heartbeatAt).where(sql`status = 'streaming'`),
    uniqueIndex('chat_messages_client_unique').on(t.chatId, t.clientId),
  ],
);

/**
 * A shopper asked for a person while no staff member was online: who to get back to, and how.
 * `contact` is the account's email; null for a guest (the shopper was told how to leave one).
 */
export const callbackRequests = sqliteTable(
  'callback_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    contact: text('contact'),
    createdAt: integer('created_at').notNull(),
    handledAt: integer('handled_at'),
  },
  (t) => [index('callback_requests_open_idx').on(t.handledAt, t.createdAt)],
);

/**
 * The model tokens the answers of one UTC day used (`day`: days since the epoch), against
 * ASSISTANT_DAILY_TOKEN_BUDGET: the count every process shares ([XPROC3]). Each answer adds its
 * tokens in the transaction that stores its usage on its message.
 */
export const assistantTokenDays = sqliteTable('assistant_token_days', {
  day: integer('day').primaryKey(),
  spent: integer('spent').notNull(),
});
