import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { EngineError } from '../engine.js';

/**
 * How one model request failed, in words safe for logs: a status, a provider error code and a
 * request id, never the upstream body or message (a 401 body echoes part of the API key).
 */
export interface FailureDetail {
  kind: 'status' | 'connection' | 'malformed' | 'truncated' | 'stream-error' | 'timeout' | 'idle';
  status?: number;
  /** The provider's error code or type, e.g. 'rate_limit_exceeded' (an identifier, not prose). */
  code?: string;
  requestId?: string;
  /** Which attempt of the request failed (1-based). */
  attempt?: number;
}

/** The shopper-facing messages: short, human and generic (the detail is for logs). */
export const ENGINE_MESSAGES = {
  busy: 'The assistant service is busy. Please try again.',
  unavailable: 'The assistant service is unavailable right now. Please try again later.',
  interrupted: 'The answer was interrupted. Please try again.',
  timeout: 'The assistant took too long to answer. Please try again.',
} as const;

/** An EngineError with a log-safe `detail`; it carries no `cause`, so no SDK object (or key) rides along. */
export class OpenAiEngineError extends EngineError {
  constructor(
    code: 'upstream' | 'timeout',
    message: string,
    readonly detail: FailureDetail,
  ) {
    super(code, message);
  }
}

/** A chunk the engine cannot read (no `choices`), or a stream that ended without a finish. */
export class UpstreamProtocolError extends Error {
  constructor(readonly kind: 'malformed' | 'truncated') {
    super(kind === 'malformed' ? 'malformed chunk' : 'stream ended without a finish reason');
  }
}

export interface Classified {
  detail: FailureDetail;
  /** Worth sending again (429, 5xx, connection, a broken stream), if nothing was shown yet. */
  retriable: boolean;
  /** What the provider asked us to wait (retry-after-ms or retry-after), in ms. */
  retryAfterMs?: number;
}

const identifier = (v: unknown) => (typeof v === 'string' && /^[\w.-]{1,64}$/.test(v) ? v : undefined);

export function classify(err: unknown): Classified {
  if (err instanceof APIConnectionTimeoutError) return { detail: { kind: 'timeout' }, retriable: false };
  if (err instanceof APIConnectionError) return { detail: { kind: 'connection' }, retriable: true };
  if (err instanceof APIError) {
    const code = identifier(err.code) ?? identifier(err.type);
    const requestId = identifier(err.requestID);
    // No status: an `error` event inside the stream, which is the provider failing mid-answer.
    if (err.status === undefined) return { detail: { kind: 'stream-error', code, requestId }, retriable: true };
    const status = err.status;
    const retriable = status === 408 || status === 429 || status >= 500;
    return { detail: { kind: 'status', status, code, requestId }, retriable, retryAfterMs: retryAfterMs(err.headers) };
  }
  if (err instanceof UpstreamProtocolError) return { detail: { kind: err.kind }, retriable: true };
  // The SDK rethrows JSON.parse's SyntaxError for a data line that is not JSON.
  if (err instanceof SyntaxError) return { detail: { kind: 'malformed' }, retriable: true };
  // undici's "terminated" TypeError and socket errors: the connection dropped while reading.
  return { detail: { kind: 'connection' }, retriable: true };
}

/** The shopper's error for a failure that will not be retried. */
export function engineErrorFor(c: Classified, attempt: number): OpenAiEngineError {
  const detail = { ...c.detail, attempt };
  if (detail.kind === 'timeout' || detail.kind === 'idle')
    return new OpenAiEngineError('timeout', ENGINE_MESSAGES.timeout, detail);
  if (detail.kind === 'status' && (detail.status === 429 || (detail.status ?? 0) >= 500))
    return new OpenAiEngineError('upstream', ENGINE_MESSAGES.busy, detail);
  if (detail.kind === 'status') return new OpenAiEngineError('upstream', ENGINE_MESSAGES.unavailable, detail);
  return new OpenAiEngineError('upstream', ENGINE_MESSAGES.interrupted, detail);
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

/**
 * Wait before attempt `attempt + 1`: the provider's retry-after when given, else exponential
 * from `baseMs` with jitter in [50%, 100%] so retrying turns do not arrive in step; both capped.
 */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  capMs: number,
  retryAfter?: number,
  random = Math.random,
): number {
  if (retryAfter !== undefined) return Math.min(retryAfter, capMs);
  const exp = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.round(exp * (0.5 + random() * 0.5));
}

/** Resolves after `ms`, or at once (false) when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
