import { z } from 'zod';
import { EmailSchema, NameSchema, NewPasswordSchema, PasswordAttemptSchema, type Viewer } from './auth.js';
import { fieldRule } from './field-errors.js';

/**
 * Account links and the profile (docs/decisions/025-account-tokens.md): "Forgot password?",
 * email verification, and editing the name and email.
 */

/** A reset link works this long ([ACCT3]); a verification link this long. */
export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
export const EMAIL_VERIFICATION_TTL_MS = 48 * 60 * 60_000;

/** 256 random bits, base64url: exactly 43 characters of the URL-safe alphabet. */
export const AccountTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, fieldRule('invalid_format'));

export const ForgotPasswordSchema = z.strictObject({ email: EmailSchema });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordSchema>;
/** The one answer of "Forgot password?", whether or not the email has an account ([ACCT1]). */
export interface ForgotPasswordAnswer {
  accepted: true;
}

export const ResetPasswordSchema = z.strictObject({ token: AccountTokenSchema, password: NewPasswordSchema });
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;
/** The reset page's own form: the new password typed twice (the confirmation never leaves the browser). */
export const ResetPasswordFormSchema = z
  .object({ password: NewPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { ...fieldRule('passwords_differ'), path: ['confirm'] });
/** A reset signs the browser in, or, for an account with two-step sign-in, asks it to sign in ([ACCT6]). */
export type ResetPasswordAnswer = Viewer & { signInRequired?: true };

export const VerifyEmailSchema = z.strictObject({ token: AccountTokenSchema });
export type VerifyEmailInput = z.infer<typeof VerifyEmailSchema>;
export interface EmailVerified {
  email: string;
}

export const ResendVerificationSchema = z.strictObject({});
export interface VerificationSent {
  email: string;
}

export const UpdateProfileSchema = z.strictObject({ name: NameSchema });
export type UpdateProfileInput = z.infer<typeof UpdateProfileSchema>;

export const ChangeEmailSchema = z.strictObject({ email: EmailSchema, currentPassword: PasswordAttemptSchema });
export type ChangeEmailInput = z.infer<typeof ChangeEmailSchema>;
