import type { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../shared/field-errors.js';
import type { AppErrorBody, ErrorCode, ErrorParams, ErrorReason } from '../shared/result.js';

export interface AppErrorDetails {
  /** The values the reason's words need (client/src/i18n/en/errors.ts). */
  params?: ErrorParams;
  fields?: FieldErrors;
  retryAfterMs?: number;
}

/**
 * A failure the client may see, as codes only: the words are the client's. Anything else that is
 * thrown is answered `internal`. The Error's own message (the reason, or the code) is for logs.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly params?: ErrorParams;
  readonly fields?: FieldErrors;
  readonly retryAfterMs?: number;

  constructor(
    readonly code: ErrorCode,
    readonly reason?: ErrorReason,
    { params, fields, retryAfterMs }: AppErrorDetails = {},
  ) {
    super(reason ?? code);
    if (params) this.params = params;
    if (fields) this.fields = fields;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }

  toBody(): AppErrorBody {
    const body: AppErrorBody = { code: this.code };
    if (this.reason) body.reason = this.reason;
    if (this.params) body.params = this.params;
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

/** A zod failure as a bad_request with one code per field (the first issue of each). */
export function validationError(error: z.ZodError): AppError {
  return new AppError('bad_request', undefined, { fields: fieldErrorsOf(error) });
}

/** Parse with a schema or throw a bad_request naming the fields. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
