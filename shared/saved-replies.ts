import { z } from 'zod';
import { fieldRule } from './field-errors.js';
import { type SavedReplyVariable, unknownVariables } from './saved-reply-fill.js';

/**
 * Saved replies the team shares (docs/SPEC.md §7, [SAVED1]–[SAVED4]). A body may name variables
 * such as `{{shopper.firstName}}`, filled in from the conversation when a reply is used.
 */
export const SAVED_REPLY_TITLE_MAX = 80;
export const SAVED_REPLY_BODY_MAX = 2000;
/** The whole list is pushed to every desk on each change: it must stay small. */
export const SAVED_REPLIES_MAX = 500;

export const SavedReplySaveSchema = z.strictObject({
  /** Absent: a new reply; present: the reply to edit. */
  id: z.number().int().positive().optional(),
  title: z.string().trim().min(1).max(SAVED_REPLY_TITLE_MAX),
  body: z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1).max(SAVED_REPLY_BODY_MAX))
    .superRefine((body, ctx) => {
      const [first] = unknownVariables(body);
      if (first) ctx.addIssue({ code: 'custom', ...fieldRule('unknown_variable', { variable: first }) });
    }),
});
export type SavedReplySaveInput = z.input<typeof SavedReplySaveSchema>;

export const SavedReplyRefSchema = z.strictObject({ id: z.number().int().positive() });
export const SavedReplyFillSchema = z.strictObject({
  chatId: z.number().int().positive(),
  savedReplyId: z.number().int().positive(),
});
export type SavedReplyFillInput = z.input<typeof SavedReplyFillSchema>;

export interface SavedReply {
  id: number;
  title: string;
  body: string;
  /** First name of who changed it last. */
  updatedBy: string;
  updatedAt: string;
}

export interface SavedReplyFill {
  text: string;
  /** Variables with no value here, left as written in `text`. */
  missing: SavedReplyVariable[];
}
