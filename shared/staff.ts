import { z } from 'zod';
import type { Cart } from './cart.js';
import type { ChatSummary, ChatTranscript } from './chat.js';
import { PROPOSAL_ACTIONS } from './chat.js';
import { QUANTITY_MAX } from './catalog-constants.js';
import type { Channel, DeskStatus, Priority } from './desk.js';
import { ORDER_STATUSES } from './order-status.js';
import type { Order } from './orders.js';

/**
 * The staff console (docs/ARCHITECTURE.md §7): every `staff:*` request is checked for the
 * staff role on the server; a shopper gets `forbidden` and learns nothing else.
 */
const chatId = z.number().int().positive();

export const RESOLUTION_MAX_LENGTH = 500;
export const STAFF_REPLY_MAX_LENGTH = 2000;

export const StaffChatRefSchema = z.strictObject({ chatId });
export const StaffEmptySchema = z.strictObject({});

export const StaffReplySchema = z.strictObject({
  chatId,
  text: z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1).max(STAFF_REPLY_MAX_LENGTH)),
  /** Made per reply and reused on resend, so a lost ack never posts it twice. */
  clientId: z.uuid(),
});
export type StaffReplyInput = z.input<typeof StaffReplySchema>;

export const TypingSchema = z.strictObject({ chatId, typing: z.boolean() });
export type TypingInput = z.input<typeof TypingSchema>;

export const StaffCloseSchema = z.strictObject({
  chatId,
  resolution: z.string().trim().min(1).max(RESOLUTION_MAX_LENGTH),
});
export type StaffCloseInput = z.input<typeof StaffCloseSchema>;

export const StaffProposeSchema = z.strictObject({
  chatId,
  action: z.enum(PROPOSAL_ACTIONS).default('add'),
  slug: z.string().trim().min(1).max(80),
  colour: z.string().trim().max(40).optional(),
  storageGb: z.number().int().positive().max(4096).optional(),
  quantity: z.number().int().min(1).max(QUANTITY_MAX).default(1),
});
export type StaffProposeInput = z.input<typeof StaffProposeSchema>;

export const StaffOrderMoveSchema = z.strictObject({
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^VX-[2-9A-HJ-NP-Z]{8}$/),
  to: z.enum(ORDER_STATUSES),
  note: z.string().trim().max(300).default(''),
});
export type StaffOrderMoveInput = z.input<typeof StaffOrderMoveSchema>;

export interface StaffMember {
  id: number;
  name: string;
}

/** What one socket, on any process, adds to presence (between the shop's processes only, [XPRES1]). */
export interface SocketPresence {
  /** The staff member the socket is, when it is a console. */
  staff?: StaffMember;
  /** The shopper rooms (`user:<id>`, `session:<id>`) it is in: one open tab of each. */
  owners: string[];
  /** The conversations it has open: chat id, its shopper's room, whether it drafts there. */
  viewing: [chatId: number, ownerRoom: string, typing: boolean][];
}

/** A conversation as the overview lists it. */
export interface StaffConversation {
  chat: ChatSummary;
  /** The shopper's name, or null for a guest. */
  shopperName: string | null;
  /** How many messages the shopper wrote: a desk tab marks it unread when this grows. */
  shopperMessageCount: number;
  assignee: StaffMember | null;
  /** Since when it waits for a person (ISO), while waiting. */
  waitingSince: string | null;
  cartValueCents: number;
  /** Tabs the shopper has open now (0: offline). */
  shopperTabs: number;
  deskStatus: DeskStatus;
  /** While snoozed: when it opens again (ISO). */
  snoozedUntil: string | null;
  priority: Priority;
  tags: string[];
  channel: Channel;
  /** The address to answer (the account's, or the one a contact form or callback request gave). */
  contactEmail: string | null;
  /** An open callback request: the shopper asked for a person while nobody was online. */
  callbackRequestedAt: string | null;
  /** When a person's reply is due by the response-time targets (ISO), while one is owed. */
  replyDueAt: string | null;
  /** Past its target: highlighted and sorted up. */
  overdue: boolean;
  /** Other staff with the conversation open now, and whether they are typing. */
  viewers: { id: number; name: string; typing: boolean }[];
  /** The shopper's rating of its resolution. */
  rating: { score: number; comment: string } | null;
}

export interface StaffCounters {
  /** Conversations not closed with activity in the last 30 minutes. */
  active: number;
  waiting: number;
  /** Conversations with activity today that staff joined, and those the assistant handled alone. */
  handledByAiToday: number;
  handledByStaffToday: number;
  ordersToday: number;
  revenueTodayCents: number;
  /** Conversations started per hour over the last 12 hours, oldest first. */
  conversationsByHour: { hour: string; count: number }[];
}

/** Conversations started in one hour or day (its start, ISO). */
export interface StartedIn {
  at: string;
  count: number;
}

/** The desk's live figures (pushed as `staff:metrics`); durations in ms, null while nothing was measured. */
export interface StaffMetrics {
  counters: StaffCounters;
  /** Conversations started per hour over the last 24 hours, and per (UTC) day over the last 14, oldest first. */
  byHour: StartedIn[];
  byDay: StartedIn[];
  /** Last 7 days: hand-off to a person's first reply, and hand-off (or start) to resolution. */
  medianFirstResponseMs: number | null;
  medianResolutionMs: number | null;
  /** Of the conversations with messages in the last 7 days, those no person was asked for or joined. */
  assistantOnly: { count: number; of: number };
  /** Ratings given in the last 7 days. */
  satisfaction: { average: number | null; count: number };
}

export interface StaffOverview {
  conversations: StaffConversation[];
  staffOnline: StaffMember[];
  /** Every staff account (to assign to, online or not). */
  staffMembers: StaffMember[];
  counters: StaffCounters;
  metrics: StaffMetrics;
  me: StaffMember;
}

/** What a staff member watching a conversation sees beside the transcript. */
export interface StaffConversationDetail {
  conversation: StaffConversation;
  transcript: ChatTranscript;
  /** The shopper's live cart. */
  cart: Cart;
  orders: Order[];
  /** Tools the assistant used, newest last. */
  toolActions: { messageId: number; name: string; ok: boolean; summary: string; at: string }[];
  /** The shopper's contact, for a signed-in shopper. */
  shopperEmail: string | null;
  /** Internal notes, oldest first: staff only, never on a shopper's socket. */
  notes: StaffNote[];
  /** The same shopper's other conversations (a guest: the same session's), newest first, at most 20. */
  pastConversations: ChatSummary[];
}

/** A note staff write for each other, shown in the desk's timeline and never to a shopper. */
export interface StaffNote {
  id: number;
  chatId: number;
  /** The staff member's first name, or the desk's for a note it wrote itself. */
  author: string;
  content: string;
  createdAt: string;
}

/** Pushed to the watching staff when the shopper's cart or an order of theirs changes. */
export interface ShopperCartChanged {
  chatId: number;
  cart: Cart;
}
export interface ShopperOrderChanged {
  chatId: number;
  order: Order;
}

/** Who is typing in a conversation (to the room, both ways). */
export interface TypingChanged {
  chatId: number;
  role: 'user' | 'staff';
  /** The staff member's name; absent for the shopper. */
  name?: string;
  typing: boolean;
}
