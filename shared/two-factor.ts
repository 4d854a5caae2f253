import { z } from 'zod';
import { PasswordAttemptSchema, type Viewer } from './auth.js';

/**
 * Two-step sign-in (RFC 6238 TOTP): the rules both sides share. A code is the 6 digits an
 * authenticator app shows, or one of the account's single-use recovery codes (`xxxxx-xxxxx`).
 */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
/** How long the password step's pending sign-in waits for its code. */
export const PENDING_SIGN_IN_TTL_MS = 5 * 60_000;

/** Spaces and hyphens are typing aids (`123 456`, `abcde-fghjk`), not part of the code. */
const compact = (s: string) => s.replace(/[\s-]/g, '').toLowerCase();

// Named formats, so a failure says which code was wanted: `{ code: 'invalid_format', format: 'totp' }`.
export const TotpCodeSchema = z
  .string()
  .max(20)
  .transform(compact)
  .pipe(z.stringFormat('totp', /^\d{6}$/));

/** An authenticator code or a recovery code (10 letters and digits from the recovery alphabet). */
export const OneTimeCodeSchema = z
  .string()
  .max(40)
  .transform(compact)
  .pipe(z.stringFormat('one_time_code', /^(\d{6}|[a-z2-9]{10})$/));

export const isTotpCode = (code: string) => /^\d{6}$/.test(code);

export const LoginCodeSchema = z.strictObject({
  pendingToken: z.string().regex(/^[\w-]{43}$/),
  code: OneTimeCodeSchema,
});
export type LoginCodeInput = z.infer<typeof LoginCodeSchema>;

/** Setting up takes nothing but the session: the server picks the secret. */
export const SetUpTwoFactorSchema = z.strictObject({});

export const EnableTwoFactorSchema = z.strictObject({ code: TotpCodeSchema });
export type EnableTwoFactorInput = z.infer<typeof EnableTwoFactorSchema>;

export const DisableTwoFactorSchema = z.strictObject({ password: PasswordAttemptSchema, code: OneTimeCodeSchema });
export type DisableTwoFactorInput = z.infer<typeof DisableTwoFactorSchema>;

/** What an authenticator app needs: shown once, when enrolling. */
export interface Enrolment {
  /** Base32, for typing in by hand. */
  secret: string;
  /** The otpauth:// link the QR code holds. */
  uri: string;
  /** The QR code of `uri`, an SVG document. */
  qrSvg: string;
}

/**
 * The password was right but no session is issued yet: send a code with `pendingToken`.
 * `enrolment` is set when the account must enrol first (staff without an authenticator).
 */
export interface CodeRequired extends Viewer {
  user: null;
  codeRequired: true;
  pendingToken: string;
  expiresInMs: number;
  enrolment?: Enrolment;
}

export const isCodeRequired = (answer: Viewer | CodeRequired): answer is CodeRequired =>
  'codeRequired' in answer && answer.codeRequired;

/** The account page's view of two-step sign-in. */
export interface TwoFactorStatus {
  enabled: boolean;
  /** Staff may not turn it off. */
  required: boolean;
  recoveryCodesLeft: number;
}

/** Shown once, when they are made. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}
