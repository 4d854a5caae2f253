import { z } from 'zod';
import type { Viewer } from './auth.js';

export const WhoAmISchema = z.strictObject({}).optional();
export type WhoAmIInput = z.infer<typeof WhoAmISchema>;
export type WhoAmI = Viewer & { guest: boolean };

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
