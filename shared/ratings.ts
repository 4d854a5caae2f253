import { z } from 'zod';
import { RATING_COMMENT_MAX_LENGTH, RATING_SCORES } from './rating-limits.js';

/**
 * The shopper's rating of a resolved conversation (docs/SPEC.md [RATE1]–[RATE3]): closing a
 * conversation adds a rating card (`kind: 'rating'` in shared/chat.ts) to it; the shopper
 * answers it once with 1–5 stars and an optional comment.
 */

export const ChatRateSchema = z.strictObject({
  chatId: z.number().int().positive(),
  messageId: z.number().int().positive(),
  score: z.number().int().min(RATING_SCORES[0]).max(RATING_SCORES[4]),
  comment: z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(RATING_COMMENT_MAX_LENGTH))
    .optional(),
});
export type ChatRateInput = z.input<typeof ChatRateSchema>;
