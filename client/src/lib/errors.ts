import type { FieldErrors, FieldIssue } from '../../../shared/field-errors.js';
import { CLIENT_ERROR_CODES, type AppErrorBody, type ClientErrorCode, type Err } from '../../../shared/result.js';
import { t, tIfAny } from '../i18n/index.js';

const KNOWN_CODES: readonly string[] = CLIENT_ERROR_CODES;

export function toClientCode(code: unknown): ClientErrorCode {
  return typeof code === 'string' && KNOWN_CODES.includes(code) ? (code as ClientErrorCode) : 'internal';
}

/** A failed result made on this side of the wire (no answer, no connection). */
export function clientError(code: ClientErrorCode): Err<ClientErrorCode> {
  return { ok: false, error: { code } };
}

/**
 * The words for one field's code: the field's own words for it (split by the issue's `format`
 * or `country` where they differ), else the code's general words. Path segments that are list
 * indexes ("ignore.0") are left out: every item of a list has the list's words.
 */
export function fieldMessage(path: string, issue: FieldIssue): string {
  const field = path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  const own = `fieldErrors.fields.${field}.${issue.code}`;
  const variant = issue.format ?? issue.country;
  return (
    (variant === undefined ? undefined : tIfAny(`${own}.${variant}`, issue)) ??
    tIfAny(own, issue) ??
    tIfAny(`fieldErrors.codes.${issue.code}`, issue) ??
    t('fieldErrors.codes.invalid')
  );
}

/** Every field's words, keyed as the fields are. */
export function fieldMessages(fields: FieldErrors | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(fields ?? {}).map(([path, issue]) => [path, fieldMessage(path, issue)]));
}

/** An order status the server names by its code (`status`, `to`) shown as the order pages word it. */
function statusWords(params: AppErrorBody['params']): AppErrorBody['params'] {
  if (!params) return params;
  const word = (value: unknown) =>
    typeof value === 'string' ? (tIfAny(`orders.status.${value}`) ?? value) : (value as string | number);
  return {
    ...params,
    ...('status' in params && { status: word(params.status) }),
    ...('to' in params && { to: word(params.to) }),
  };
}

/**
 * The sentence to show for an error: how long to wait, the words for its reason, the words for
 * its first field (a form's own fields show theirs beside the control too), or the code's.
 */
export function errorMessage(error: AppErrorBody<ClientErrorCode>): string {
  if (error.code === 'rate_limited' && error.retryAfterMs) {
    // Hourly allowances (the contact form) answer waits of many minutes: "720 seconds" reads badly.
    if (error.retryAfterMs >= 90_000)
      return t('errors.rate_limited_wait_minutes', { count: Math.ceil(error.retryAfterMs / 60_000) });
    return t('errors.rate_limited_wait', { count: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) });
  }
  const reason =
    error.reason === undefined ? undefined : tIfAny(`errors.reasons.${error.reason}`, statusWords(error.params));
  if (reason !== undefined) return reason;
  const [first] = Object.entries(error.fields ?? {});
  if (first) return fieldMessage(...first);
  return t(`errors.${error.code}`);
}
