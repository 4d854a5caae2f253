import { z } from 'zod';

/** Shared account rules: the client shows the same messages the server enforces. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;
/** bcrypt reads at most 72 bytes; longer input is rejected, never truncated. */
export const PASSWORD_MAX_BYTES = 72;
export const NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;

export const ROLES = ['shopper', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const EmailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_LENGTH, `Email must be at most ${EMAIL_MAX_LENGTH} characters.`)
  .pipe(z.email({ error: 'Enter a valid email address.' }));

export const NameSchema = z
  .string({ error: 'Enter your name.' })
  .trim()
  .min(1, 'Enter your name.')
  .max(NAME_MAX_LENGTH, `Name must be at most ${NAME_MAX_LENGTH} characters.`)
  .refine((s) => !/[\u0000-\u001f\u007f<>]/.test(s), 'Name contains characters that are not allowed.');

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/**
 * Shape rules only; the common-password check needs the list from data/ and runs on the
 * server (see server/features/auth/password-policy.ts).
 */
export const NewPasswordSchema = z
  .string({ error: 'Enter a password.' })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((s) => utf8Length(s) <= PASSWORD_MAX_BYTES, `Password must be at most ${PASSWORD_MAX_BYTES} bytes.`);

/** A password being checked, not set: only bounded, so old or odd passwords still get an answer. */
export const PasswordAttemptSchema = z
  .string({ error: 'Enter your password.' })
  .min(1, 'Enter your password.')
  .max(256, 'Password is too long.');

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
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'The new password must differ from the current one.',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const DeleteAccountSchema = z.strictObject({ password: PasswordAttemptSchema });
export type DeleteAccountInput = z.infer<typeof DeleteAccountSchema>;

/** What the client knows about who it is. Never carries the session id. */
export interface Viewer {
  user: { id: number; email: string; name: string; role: Role; createdAt: string } | null;
}

/** The HTTP error body of /api/auth/*: the same shape as a socket error. */
export interface HttpErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; retryAfterMs?: number };
}
