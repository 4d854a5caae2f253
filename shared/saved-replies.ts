import { z } from 'zod';
import { fieldRule } from './field-errors.js';

/**
 * Saved replies the team shares (docs/SPEC.md §7, [SAVED1]–[SAVED4]). A body may name variables
 * such as `{{shopper.firstName}}`, filled in from the conversation when a reply is used.
 */
export const SAVED_REPLY_VARIABLES = [
  'shopper.firstName',
  'shopper.name',
  'order.number',
  'order.status',
  'agent.firstName',
] as const;
export type SavedReplyVariable = (typeof SAVED_REPLY_VARIABLES)[number];
/** What each variable stands for in one conversation; null when there is nothing (a guest has no name). */
export type SavedReplyValues = Record<SavedReplyVariable, string | null>;

export const SAVED_REPLY_TITLE_MAX = 80;
export const SAVED_REPLY_BODY_MAX = 2000;
/** The whole list is pushed to every desk on each change: it must stay small. */
export const SAVED_REPLIES_MAX = 500;

/** `{{ name }}` where name is a dotted identifier; other braces are plain text. */
const VARIABLE = /\{\{\s*([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)\s*\}\}/g;

const isVariable = (name: string): name is SavedReplyVariable =>
  (SAVED_REPLY_VARIABLES as readonly string[]).includes(name);

/** The variables a body names that saved replies do not know, each once, in order. */
export function unknownVariables(body: string): string[] {
  const names = [...body.matchAll(VARIABLE)].map((m) => m[1]!);
  return [...new Set(names.filter((name) => !isVariable(name)))];
}

/**
 * A body with its variables filled in. A variable without a value stays as written, so staff see
 * it and fill it in by hand, and is named in `missing` (each once). One pass: a value that itself
 * looks like a variable is not filled again.
 */
export function fillSavedReply(
  body: string,
  values: Partial<SavedReplyValues>,
): { text: string; missing: SavedReplyVariable[] } {
  const missing = new Set<SavedReplyVariable>();
  const text = body.replace(VARIABLE, (whole, name: string) => {
    if (!isVariable(name)) return whole;
    const value = values[name];
    if (value === null || value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text, missing: [...missing] };
}

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
