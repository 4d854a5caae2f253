import { z } from 'zod';

/** Internal notes (docs/SPEC.md §7, [NOTE1]–[NOTE4]): staff write them for each other, never for the shopper. */
export const NOTE_MAX_LENGTH = 2000;

export const StaffNoteSchema = z.strictObject({
  chatId: z.number().int().positive(),
  text: z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1).max(NOTE_MAX_LENGTH)),
  /** Made per note and reused on resend, so a lost ack never stores it twice. */
  clientId: z.uuid(),
});
export type StaffNoteInput = z.input<typeof StaffNoteSchema>;
