import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { MAIL_KINDS, MAIL_STATES } from '../../shared/mail.js';

/**
 * The outbox (docs/ARCHITECTURE.md §15): a message is queued here in the SAME transaction as the
 * event it tells of (the order's receipt with the order), then sent by the mail worker. `eventId`
 * is unique, so the same event never queues two messages, and the worker claims a row with a
 * lease before sending, so two workers never send one row.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** e.g. `order-receipt:VX-AB12CD34`, `password-reset:<token id>`: one message per event, ever. */
    eventId: text('event_id').notNull().unique(),
    kind: text('kind', { enum: MAIL_KINDS }).notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    /**
     * The rendered message. Mail that carries a secret link (reset, verification) is sealed with
     * the server's secret while it waits, and every body is cleared once sent (only the
     * headers are kept as the record), so the table never keeps a usable link.
     */
    html: text('html'),
    text: text('text'),
    sealed: integer('sealed', { mode: 'boolean' }).notNull().default(false),
    state: text('state', { enum: MAIL_STATES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** The worker tries a pending row no earlier than this (backoff after a failure). */
    nextAttemptAt: integer('next_attempt_at').notNull(),
    /** A worker holds the row until then while sending; a crashed worker's lease simply runs out. */
    leaseUntil: integer('lease_until'),
    lastError: text('last_error'),
    /** The Message-ID header, fixed at queueing from the event id, so a resend is recognisable. */
    messageId: text('message_id').notNull(),
    createdAt: integer('created_at').notNull(),
    sentAt: integer('sent_at'),
  },
  (t) => [index('outbox_due_idx').on(t.state, t.nextAttemptAt)],
);
