import { ERROR_CODES, type AppErrorBody, type ClientErrorCode, type Err } from '../../../shared/result.js';
import { t } from '../i18n/index.js';

const KNOWN_CODES: readonly string[] = [...ERROR_CODES, 'timeout', 'disconnected'];

export function toClientCode(code: unknown): ClientErrorCode {
  return typeof code === 'string' && KNOWN_CODES.includes(code) ? (code as ClientErrorCode) : 'internal';
}

/** A failed result made on this side of the wire (no answer, no connection). */
export function clientError(code: ClientErrorCode): Err<ClientErrorCode> {
  return { ok: false, error: { code, message: t(`errors.${code}`) } };
}

/** The sentence to show for an error: the server's own message, or ours for the code. */
export function errorMessage(error: AppErrorBody<ClientErrorCode>): string {
  if (error.code === 'rate_limited' && error.retryAfterMs) {
    // Hourly allowances (the contact form) answer waits of many minutes: "720 seconds" reads badly.
    if (error.retryAfterMs >= 90_000)
      return t('errors.rate_limited_wait_minutes', { count: Math.ceil(error.retryAfterMs / 60_000) });
    return t('errors.rate_limited_wait', { count: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) });
  }
  return error.message || t(`errors.${error.code}`);
}
