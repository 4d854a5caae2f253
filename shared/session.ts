import { z } from 'zod';
import type { Viewer } from './auth.js';
import { LOCALES, type Locale } from './locales.js';

export const WhoAmISchema = z.strictObject({}).optional();
export type WhoAmIInput = z.infer<typeof WhoAmISchema>;
/** `locale`: the language chosen (the account's, else this browser's), null until one is chosen. */
export type WhoAmI = Viewer & { guest: boolean; locale: Locale | null };

export const SetLocaleSchema = z.strictObject({ locale: z.enum(LOCALES) });
export type SetLocaleInput = z.infer<typeof SetLocaleSchema>;
/** Pushed to every tab that follows the choice: the session's, or the account's when signed in. */
export interface LocaleChosen {
  locale: Locale;
}

/** Why the server ended the sockets of a session. */
export const SESSION_END_REASONS = [
  'signed_out',
  'signed_in',
  'password_changed',
  'account_deleted',
  'expired',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];
export interface SessionEnded {
  reason: SessionEndReason;
}
