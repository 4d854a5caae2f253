import type { z } from 'zod';
import type { AppContext } from '../context.js';
import { AppError, validationError } from '../errors.js';
import { loadLiveSession, type LiveSession } from '../features/auth/sessions.repo.js';
import type { RequestEvent, RequestOutput } from '../../shared/events.js';
import type { ServerResult } from '../../shared/result.js';
import type { RateLimiter } from '../rate-limit.js';
import type { AppSocket } from './types.js';

type UntypedSocket = { on(event: string, listener: (...args: unknown[]) => void): void };

export type Access = 'anyone' | 'user' | 'staff';

export interface HandlerContext {
  socket: AppSocket;
  session: LiveSession;
}

export interface HandlerSpec<E extends RequestEvent, S extends z.ZodType> {
  schema: S;
  /** Who may call it; checked on the server against the live session. Default: anyone with a session. */
  access?: Access;
  run(input: z.output<S>, hc: HandlerContext): RequestOutput<E> | Promise<RequestOutput<E>>;
}

/**
 * The one way a request handler is registered (docs/ARCHITECTURE.md §3):
 * rate limit → session still live → authorize → validate → run → ack, errors mapped to codes.
 * The role is checked before the payload: a shopper calling a staff event is told `forbidden`
 * and nothing about what the event would have accepted.
 * Nothing thrown escapes; unknown errors are logged with context and answered `internal`.
 */
export function handle<E extends RequestEvent, S extends z.ZodType>(
  ctx: AppContext,
  limiter: RateLimiter,
  socket: AppSocket,
  event: E,
  spec: HandlerSpec<E, S>,
): void {
  const family = event.slice(0, event.indexOf(':'));
  // Registered untyped: the payload is unknown until the schema has checked it.
  (socket as unknown as UntypedSocket).on(event, (...args: unknown[]) => void answer(args));
  // Every failure ends in an ack (or a log line): the promise never rejects.
  async function answer(args: unknown[]) {
    const ack = typeof args.at(-1) === 'function' ? (args.pop() as (r: ServerResult<unknown>) => void) : undefined;
    if (!ack) {
      ctx.log.warn({ event, socketId: socket.id }, 'request without an ack ignored');
      return;
    }
    if (args.length > 1) return ack(fail(new AppError('bad_request', 'one_payload')));
    try {
      ack({ ok: true, data: await runRequest(ctx, limiter, socket, family, spec, args[0]) });
    } catch (err) {
      if (err instanceof AppError) {
        ack(fail(err));
        // Only after the ack: once the connection is closed the answer could not be delivered.
        if (err instanceof SessionEndedError) ctx.endSessions([socket.data.sessionId], 'expired');
        return;
      }
      ctx.log.error({ err, event, socketId: socket.id, userId: socket.data.userId }, 'socket handler failed');
      ack(fail(new AppError('internal')));
    }
  }
}

/**
 * A request for an event no feature registered (a typo, a client older or newer than the
 * server) is answered `not_found` at once instead of being left to time out on the client.
 * Runs after the features registered theirs, so a listener count of zero means nobody answers.
 */
export function answerUnknownRequests(socket: AppSocket): void {
  socket.onAny((event: string | number, ...args: unknown[]) => {
    const ack = args.at(-1);
    // socket.io itself listens to "error" (for middleware failures); that is no request either.
    const handled = event !== 'error' && socket.listenerCount(String(event)) > 0;
    if (typeof ack !== 'function' || handled) return;
    (ack as (r: ServerResult<never>) => void)(fail(new AppError('not_found', 'no_such_request')));
  });
}

async function runRequest<E extends RequestEvent, S extends z.ZodType>(
  ctx: AppContext,
  limiter: RateLimiter,
  socket: AppSocket,
  family: string,
  spec: HandlerSpec<E, S>,
  payload: unknown,
) {
  const verdict = limiter.take(`${socket.data.sessionId}:${family}`, ctx.now());
  if (!verdict.ok) throw new AppError('rate_limited', 'too_many_requests', { retryAfterMs: verdict.retryAfterMs });
  const session = loadLiveSession(ctx.db, socket.data.sessionId, ctx.now());
  if (!session) {
    // Expired or revoked while connected: answered, then this connection ends like any other ended session.
    throw new SessionEndedError('unauthorized', 'session_ended');
  }
  authorize(spec.access ?? 'anyone', session);
  const parsed = spec.schema.safeParse(payload);
  if (!parsed.success) throw validationError(parsed.error);
  return spec.run(parsed.data, { socket, session });
}

function authorize(access: Access, session: LiveSession): void {
  if (access !== 'anyone' && session.userId === null) throw new AppError('unauthorized', 'sign_in_first');
  if (access === 'staff' && session.role !== 'staff') throw new AppError('forbidden', 'staff_only');
}

class SessionEndedError extends AppError {}

const fail = (err: AppError): ServerResult<never> => ({ ok: false, error: err.toBody() });
