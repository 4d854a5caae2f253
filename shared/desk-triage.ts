import { z } from 'zod';
import { DESK_STATUSES, PRIORITIES } from './desk.js';
import { fieldRule } from './field-errors.js';

/**
 * The desk's triage requests (docs/ARCHITECTURE.md §7, SPEC [ASSIGN*], [DESKST*], [TAG*],
 * [VIEW*]): who owns a conversation, its status, tags and priority, and the overview's filters.
 */
const chatId = z.number().int().positive();

export const ASSIGN_NOTE_MAX_LENGTH = 500;

export const StaffAssignSchema = z.strictObject({
  chatId,
  /** The colleague (or myself); null unassigns. */
  toId: z.number().int().positive().nullable(),
  note: z.string().trim().max(ASSIGN_NOTE_MAX_LENGTH).optional(),
  /** The assignee the desk showed when the choice was made: a change meanwhile is refused. */
  expectedAssigneeId: z.number().int().positive().nullable(),
});
export type StaffAssignInput = z.input<typeof StaffAssignSchema>;

/** The statuses a staff member sets directly; 'resolved' is `staff:close` (with its resolution note). */
export const SETTABLE_DESK_STATUSES = ['open', 'pending', 'snoozed'] as const;
export const SNOOZE_MAX_DAYS = 90;

export const StaffSetStatusSchema = z
  .strictObject({
    chatId,
    status: z.enum(SETTABLE_DESK_STATUSES),
    snoozedUntil: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.status === 'snoozed' && input.snoozedUntil === undefined)
      ctx.addIssue({ code: 'custom', path: ['snoozedUntil'], ...fieldRule('required') });
    if (input.status !== 'snoozed' && input.snoozedUntil !== undefined)
      ctx.addIssue({ code: 'custom', path: ['snoozedUntil'], ...fieldRule('not_allowed') });
  });
export type StaffSetStatusInput = z.input<typeof StaffSetStatusSchema>;

export const TAGS_MAX = 10;
export const TAG_MAX_LENGTH = 32;
/** Letters of any script, digits, space, - and _. */
const TAG_PATTERN = /^[\p{L}\p{N} _-]+$/u;

/** A tag as stored: trimmed, lower case, inner spaces collapsed. */
export const TagSchema = z
  .string()
  .transform((v) => v.trim().replace(/\s+/g, ' ').toLowerCase())
  .pipe(
    z
      .string()
      .min(1)
      .max(TAG_MAX_LENGTH)
      .refine((v) => TAG_PATTERN.test(v), fieldRule('bad_characters')),
  );

export const StaffSetTagsSchema = z.strictObject({
  chatId,
  tags: z
    .array(TagSchema)
    .max(TAGS_MAX)
    .transform((tags) => [...new Set(tags)].sort()),
});
export type StaffSetTagsInput = z.input<typeof StaffSetTagsSchema>;

export const StaffSetPrioritySchema = z.strictObject({ chatId, priority: z.enum(PRIORITIES) });
export type StaffSetPriorityInput = z.input<typeof StaffSetPrioritySchema>;

/** A staff member viewing the conversation drafts a reply or a note (shown to colleagues only). */
export const StaffComposingSchema = z.strictObject({ chatId, typing: z.boolean() });
export type StaffComposingInput = z.input<typeof StaffComposingSchema>;

export const DESK_VIEWS = ['all', 'mine', 'unassigned', 'waiting', 'frustrated'] as const;
export type DeskView = (typeof DESK_VIEWS)[number];

/** The overview's filters, applied in SQL on the server and by `matchesDeskView` to pushed rows. */
export const StaffOverviewQuerySchema = z.strictObject({
  view: z.enum(DESK_VIEWS).optional(),
  deskStatus: z.enum(DESK_STATUSES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  tag: TagSchema.optional(),
});
export type StaffOverviewQuery = z.output<typeof StaffOverviewQuerySchema>;
