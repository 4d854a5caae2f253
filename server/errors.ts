import type { AppErrorBody, ErrorCode } from '../shared/result.js';
import { DEFAULT_ERROR_MESSAGES } from '../shared/result.js';
import type { z } from 'zod';

/** A failure the client may see. Anything else that is thrown is answered `internal`. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_ERROR_MESSAGES[code],
    readonly fields?: Record<string, string>,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  toBody(): AppErrorBody {
    const body: AppErrorBody = { code: this.code, message: this.message };
    if (this.fields) body.fields = this.fields;
    if (this.retryAfterMs !== undefined) body.retryAfterMs = this.retryAfterMs;
    return body;
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

/** A zod failure as a bad_request with one message per field (the first issue of each). */
export function validationError(error: z.ZodError): AppError {
  // A Map, not an object literal: keys such as `__proto__` or `constructor` come from the client.
  const found = new Map<string, string>();
  const add = (key: string, message: string) => void (found.has(key) || found.set(key, message));
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) add([...issue.path, k].join('.'), 'This field is not allowed.');
      continue;
    }
    add(key, issue.message);
  }
  const fields: Record<string, string> = Object.fromEntries(found);
  const first = found.values().next().value;
  return new AppError('bad_request', first ?? 'The request was not valid.', fields);
}

/** Parse with a schema or throw a bad_request naming the fields. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
