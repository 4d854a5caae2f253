import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { STAFF_ACTIONS } from '../../shared/desk.js';
import { chatMessages, chats } from './schema-chat.js';
import { orders, users } from './schema-shop.js';

/**
 * The support desk's tables (docs/ARCHITECTURE.md §7). Names of staff are kept beside their
 * ids: the record outlives staff accounts. Messages are searched through `chat_message_search`
 * (FTS5, kept by triggers in the migration).
 */

/** A note staff write for each other: in the desk's timeline, never on a shopper's socket. */
export const chatNotes = sqliteTable(
  'chat_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    content: text('content').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('chat_notes_chat_idx').on(t.chatId, t.id)],
);

/** Replies the team shares; `{{shopper.firstName}}` and the like are filled in from the conversation. */
export const savedReplies = sqliteTable('saved_replies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull().unique(),
  body: text('body').notNull(),
  createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedByName: text('updated_by_name').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Free tags on a conversation, lower case. */
export const chatTags = sqliteTable(
  'chat_tags',
  {
    chatId: integer('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.tag] }), index('chat_tags_tag_idx').on(t.tag)],
);

/** The shopper's 1–5 rating of a resolved conversation, at most one per resolution card. */
export const chatRatings = sqliteTable(
  'chat_ratings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    /** The message carrying the rating card: one rating per card. */
    messageId: integer('message_id')
      .notNull()
      .unique()
      .references(() => chatMessages.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('chat_ratings_created_idx').on(t.createdAt)],
);

/** Who did what at the desk: every staff action, attributable. */
export const staffActions = sqliteTable(
  'staff_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id').references(() => users.id, { onDelete: 'set null' }),
    staffName: text('staff_name').notNull(),
    action: text('action', { enum: STAFF_ACTIONS }).notNull(),
    chatId: integer('chat_id').references(() => chats.id, { onDelete: 'set null' }),
    orderId: integer('order_id').references(() => orders.id, { onDelete: 'set null' }),
    /** Small facts about the action (the new status, the colleague assigned): never secrets. */
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('staff_actions_chat_idx').on(t.chatId, t.id),
    index('staff_actions_staff_idx').on(t.staffId, t.createdAt),
  ],
);
