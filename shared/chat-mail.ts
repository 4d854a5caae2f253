import { z } from 'zod';
import { EmailSchema } from './auth.js';

/**
 * A conversation's transcript by email (docs/SPEC.md [MAIL7]): a signed-in shopper's goes to
 * their account's address (no `email`); a guest names the address.
 */
export const ChatEmailTranscriptSchema = z.strictObject({
  chatId: z.number().int().positive(),
  email: EmailSchema.optional(),
});
export type ChatEmailTranscriptInput = z.input<typeof ChatEmailTranscriptSchema>;

/** Where the transcript is going. */
export interface ChatTranscriptEmailed {
  to: string;
}
