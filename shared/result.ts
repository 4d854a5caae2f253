/**
 * The one answer shape of every socket request (docs/ARCHITECTURE.md §3), and the error codes.
 * The server sends `ServerResult`; the client may also produce `timeout` and `disconnected`
 * locally when no answer arrives.
 */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ClientErrorCode = ErrorCode | 'timeout' | 'disconnected';

export interface AppErrorBody<C extends string = ErrorCode> {
  code: C;
  message: string;
  /** Per-field messages, keyed by the dotted path of the field in the payload. */
  fields?: Record<string, string>;
  /** For `rate_limited`: how long to wait before trying again. */
  retryAfterMs?: number;
}

export type Ok<T> = { ok: true; data: T };
export type Err<C extends string = ErrorCode> = { ok: false; error: AppErrorBody<C> };
export type ServerResult<T> = Ok<T> | Err<ErrorCode>;
export type ClientResult<T> = Ok<T> | Err<ClientErrorCode>;

/** Messages shown when a code arrives without a more specific one. */
export const DEFAULT_ERROR_MESSAGES: Record<ClientErrorCode, string> = {
  bad_request: 'The request was not valid.',
  unauthorized: 'Please sign in again.',
  forbidden: 'You are not allowed to do that.',
  not_found: 'That could not be found.',
  conflict: 'That conflicts with the current state. Please refresh and try again.',
  rate_limited: 'Too many requests. Please wait a moment.',
  internal: 'Something went wrong on our side. Please try again.',
  timeout: 'The server did not answer in time. Please try again.',
  disconnected: 'You are offline. Reconnecting…',
};
