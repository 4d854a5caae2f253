import type { z } from 'zod';
import type { AppContext } from '../context.js';
import { AppError, validationError } from '../errors.js';
import { loadLiveSession, type LiveSession } from '../features/auth/sessions.repo.js';
import type { RequestEvent, RequestOutput } from '../../shared/events.js';
import type { ServerResult } from '../../shared/result.js';
import type { SharedLimiter } from '../shared-state/shared-limits.js';
import type { AppSocket } from './types.js';

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
 * The steps of every request (docs/ARCHITECTURE.md §3), run by the dispatcher (dispatch.ts):
 * rate limit → session still live → authorize → validate → run. The role is checked before the
 * payload: a shopper calling a staff event is told `forbidden` and nothing about what it would accept.
 */
export async function runRequest(
  ctx: AppContext,
  limiter: SharedLimiter,
  socket: AppSocket,
  family: string,
  spec: { access: Access; schema: z.ZodType; run(input: unknown, hc: HandlerContext): unknown },
  payload: unknown,
) {
  const verdict = await limiter.take(`${socket.data.sessionId}:${family}`, ctx.now());
  if (!verdict.ok) throw new AppError('rate_limited', 'too_many_requests', { retryAfterMs: verdict.retryAfterMs });
  const session = loadLiveSession(ctx.db, socket.data.sessionId, ctx.now());
  if (!session) {
    // Expired or revoked while connected: answered, then this connection ends like any other ended session.
    throw new SessionEndedError('unauthorized', 'session_ended');
  }
  authorize(spec.access, session);
  const parsed = spec.schema.safeParse(payload);
  if (!parsed.success) throw validationError(parsed.error);
  return spec.run(parsed.data, { socket, session });
}

function authorize(access: Access, session: LiveSession): void {
  if (access !== 'anyone' && session.userId === null) throw new AppError('unauthorized', 'sign_in_first');
  if (access === 'staff' && session.role !== 'staff') throw new AppError('forbidden', 'staff_only');
}

export class SessionEndedError extends AppError {}

export const fail = (err: AppError): ServerResult<never> => ({ ok: false, error: err.toBody() });
