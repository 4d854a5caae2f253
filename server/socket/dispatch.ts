import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import type { ServerResult } from '../../shared/result.js';
import type { SharedLimiter } from '../shared-state/shared-limits.js';
import { fail, runRequest, SessionEndedError } from './handler.js';
import type { Route } from './routes.js';
import type { AppSocket } from './types.js';

type Ack = (r: ServerResult<unknown>) => void;

/**
 * The app's one request listener (docs/ARCHITECTURE.md §3), added to every socket with
 * `socket.onAny`: Socket.IO calls any-listeners with `this` = the socket and the ack as the last
 * argument (socket.io/dist/socket.js `onevent`), so one function built per app serves every
 * connection and a socket costs one array slot instead of a listener and closures per event.
 * Looks the event up in the table built once per app; an event nobody routes is answered
 * `not_found` at once instead of being left to time out on the client.
 */
export function createDispatcher(ctx: AppContext, limiter: SharedLimiter, table: ReadonlyMap<string, Route>) {
  return function dispatch(this: AppSocket, event: unknown, ...args: unknown[]): void {
    const route = typeof event === 'string' ? table.get(event) : undefined;
    if (!route) {
      const ack = args.at(-1);
      if (typeof ack === 'function') (ack as Ack)(fail(new AppError('not_found', 'no_such_request')));
      return;
    }
    void answer(ctx, limiter, this, route, args);
  };
}

/** Every failure ends in an ack (or a log line): the promise never rejects. */
async function answer(ctx: AppContext, limiter: SharedLimiter, socket: AppSocket, route: Route, args: unknown[]) {
  const { event } = route;
  const ack = typeof args.at(-1) === 'function' ? (args.pop() as Ack) : undefined;
  if (!ack) {
    ctx.log.warn({ event, socketId: socket.id }, 'request without an ack ignored');
    return;
  }
  if (args.length > 1) return ack(fail(new AppError('bad_request', 'one_payload')));
  try {
    ack({ ok: true, data: await runRequest(ctx, limiter, socket, route.family, route, args[0]) });
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
