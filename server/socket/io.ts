import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { AppContext } from '../context.js';
import { isAllowedOrigin } from '../http/origin.js';
import { createRateLimiter } from '../rate-limit.js';
import type { SessionEndReason } from '../../shared/session.js';
import { rooms } from './rooms.js';
import { answerUnknownRequests } from './handler.js';
import { capConnections } from './connection-caps.js';
import { authenticateSocket } from './session-middleware.js';
import type { AppServer, AppSocket } from './types.js';

/** Larger payloads are refused by the transport before any handler sees them. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/** Per session and event family (`cart`, `chat`, …). */
export const SOCKET_RATE_LIMIT = { capacity: 20, refillPerSecond: 10 };

export type RegisterHandlers = (socket: AppSocket, limiter: ReturnType<typeof createRateLimiter>) => void;

export function createIo(
  httpServer: HttpServer,
  ctx: Omit<AppContext, 'endSessions' | 'publish' | 'observe'>,
): AppServer {
  const io: AppServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    serveClient: false,
    // Browsers skip CORS on the websocket handshake, so the origin is checked here for both transports.
    allowRequest: (req, callback) => {
      callback(null, isAllowedOrigin(req.headers.origin, req.headers.host, ctx.config.ALLOWED_ORIGINS));
    },
  });
  return io;
}

/** Runs the auth middleware and each feature's handlers on every connection. */
export function attachHandlers(io: AppServer, ctx: AppContext, features: RegisterHandlers[]): void {
  const limiter = createRateLimiter(ctx.socketRateLimit ?? SOCKET_RATE_LIMIT);
  io.use(authenticateSocket(ctx));
  io.use(capConnections(io, ctx.config));
  io.on('connection', (socket) => {
    for (const register of features) register(socket, limiter);
    answerUnknownRequests(socket);
  });
}

/** Push the reason, then close: the client re-reads /api/auth/me and reconnects as whoever it is now. */
export function endSessionSockets(io: AppServer, sessionIds: string[], reason: SessionEndReason): void {
  for (const id of sessionIds) {
    io.to(rooms.session(id)).emit('session:ended', { reason });
    io.in(rooms.session(id)).disconnectSockets(true);
  }
}
