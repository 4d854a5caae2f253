import { z } from 'zod';
import { fieldRule } from './field-errors.js';
import type { AppErrorBody } from './result.js';

/** Shared account rules: the client checks what the server enforces, and shows the same words for each code. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;
/** bcrypt reads at most 72 bytes; longer input is rejected, never truncated. */
export const PASSWORD_MAX_BYTES = 72;
export const NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;

/**
 * What a sign-in did besides signing in, told beside the viewer: a code and its counts; the words
 * are the client's. `cart_merged`: `items` from the guest cart were added, `capped` lines were
 * limited by stock.
 */
export const SignInNoticeSchema = z.object({
  code: z.literal('cart_merged'),
  items: z.number().int().nonnegative(),
  capped: z.number().int().nonnegative(),
});
export type SignInNotice = z.infer<typeof SignInNoticeSchema>;

export const ROLES = ['shopper', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const EmailSchema = z.string().trim().toLowerCase().max(EMAIL_MAX_LENGTH).pipe(z.email());

export const NameSchema = z
  .string()
  .trim()
  .min(1)
  .max(NAME_MAX_LENGTH)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is what this pattern is for
  .refine((s) => !/[\u0000-\u001f\u007f<>]/.test(s), fieldRule('bad_characters'));

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/**
 * Shape rules only; the common-password check needs the list from data/ and runs on the
 * server (see server/features/auth/password-policy.ts).
 */
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .refine((s) => utf8Length(s) <= PASSWORD_MAX_BYTES, fieldRule('too_many_bytes', { maximum: PASSWORD_MAX_BYTES }));

/** A password being checked, not set: only bounded, so old or odd passwords still get an answer. */
export const PasswordAttemptSchema = z.string().min(1).max(256);

export const RegisterSchema = z.strictObject({
  email: EmailSchema,
  name: NameSchema,
  password: NewPasswordSchema,
});
export type RegisterInput = z.infer<typeof RegisterSchema>;

export const LoginSchema = z.strictObject({
  email: EmailSchema,
  password: PasswordAttemptSchema,
});
export type LoginInput = z.infer<typeof LoginSchema>;

export const ChangePasswordSchema = z
  .strictObject({
    currentPassword: PasswordAttemptSchema,
    newPassword: NewPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, { ...fieldRule('same_password'), path: ['newPassword'] });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const DeleteAccountSchema = z.strictObject({ password: PasswordAttemptSchema });
export type DeleteAccountInput = z.infer<typeof DeleteAccountSchema>;

/** What the client knows about who it is. Never carries the session id. */
export interface Viewer {
  /** `emailVerified`: the current email was proven by a link sent to it (docs/SPEC.md [ACCT8]). */
  user: { id: number; email: string; name: string; role: Role; createdAt: string; emailVerified: boolean } | null;
}

/** The HTTP error body of /api/auth/*: the same shape as a socket error. */
export interface HttpErrorBody {
  error: Omit<AppErrorBody, 'code'> & { code: string };
}
