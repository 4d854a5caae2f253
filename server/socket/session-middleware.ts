import type { AppErrorBody, ErrorCode, ErrorParams, ErrorReason } from '../../shared/result.js';
import type { AppContext } from '../context.js';
import { loadLiveSession } from '../features/auth/sessions.repo.js';
import { clientIp } from '../http/client-ip.js';
import { rooms } from './rooms.js';
import type { AppSocket } from './types.js';

/** A handshake error the client can read: `err.message` is the code, `err.data` the body (codes only, as every error). */
export class HandshakeError extends Error {
  readonly data: AppErrorBody;
  constructor(code: ErrorCode, reason?: ErrorReason, params?: ErrorParams) {
    super(code);
    this.data = { code, ...(reason && { reason }), ...(params && { params }) };
  }
}

/**
 * io.use(): the session cookie must name a live session row. Identity goes to socket.data
 * and never comes from the client afterwards.
 */
export function authenticateSocket(ctx: AppContext) {
  return async (socket: AppSocket, next: (err?: Error) => void) => {
    try {
      const sid = await ctx.cookie.read(socket.handshake.headers.cookie);
      const session = sid ? loadLiveSession(ctx.db, sid, ctx.now()) : null;
      if (!session) return next(new HandshakeError('unauthorized', 'no_live_session'));
      const address = clientIp(socket.handshake.address, socket.handshake.headers, ctx.config.TRUST_PROXY);
      socket.data = { sessionId: session.id, userId: session.userId, role: session.role, address };
      // join() is synchronous with the in-process adapter (a cluster adapter's is too for the local
      // socket); the promise it may return carries nothing to wait for.
      void socket.join(rooms.session(session.id));
      if (session.userId !== null) void socket.join(rooms.user(session.userId));
      if (session.role === 'staff') void socket.join(rooms.staff());
      next();
    } catch (err) {
      ctx.log.error({ err }, 'socket handshake failed');
      next(new HandshakeError('internal'));
    }
  };
}
