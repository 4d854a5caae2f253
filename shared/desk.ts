/**
 * The support desk's words shared by client and server (docs/ARCHITECTURE.md §7): a
 * conversation's desk status, priority and channel, and the staff actions the audit records.
 */

/** open: someone should act · pending: waiting on the shopper · snoozed: back at a time · resolved. */
export const DESK_STATUSES = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** chat: the chat panel · contact: the contact form (a reply goes out by email once email exists). */
export const CHANNELS = ['chat', 'contact'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Every staff action the desk records, with who did it (never a password, session id or card). */
export const STAFF_ACTIONS = [
  'take-over',
  'reply',
  'note',
  'assign',
  'hand-back',
  'close',
  'reopen',
  'status',
  'priority',
  'tags',
  'propose',
  'order-move',
  'saved-reply',
  'discount-create',
  'discount-disable',
] as const;
export type StaffActionKind = (typeof STAFF_ACTIONS)[number];
