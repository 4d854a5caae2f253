import type {
  ForgotPasswordAnswer,
  ForgotPasswordInput,
  ResetPasswordAnswer,
  ResetPasswordInput,
} from '../../../../shared/account.js';
import { requestJson } from '../../lib/http.js';

/** "Forgot password?" under /api/auth: a reset signs the browser in, so it sets the cookie (HTTP, not the socket). */
export const recoveryApi = {
  /** The same answer whatever the email (docs/SPEC.md [ACCT1]). */
  forgot: (input: ForgotPasswordInput) => requestJson<ForgotPasswordAnswer>('POST', '/api/auth/password/forgot', input),
  reset: (input: ResetPasswordInput) => requestJson<ResetPasswordAnswer>('POST', '/api/auth/password/reset', input),
};

/** The token of a link `…#token=<token>`: in the fragment, so it never reached a server log. */
export function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}
