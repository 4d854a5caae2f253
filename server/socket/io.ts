import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { AppContext } from '../context.js';
import { isAllowedOrigin } from '../http/origin.js';
import type { SessionEndReason } from '../../shared/session.js';
import { rooms } from './rooms.js';
import { createDispatcher } from './dispatch.js';
import { buildRouteTable, type FeatureRoutes } from './routes.js';
import { capConnections } from './connection-caps.js';
import { redisAdapter } from './redis-adapter.js';
import { authenticateSocket } from './session-middleware.js';
import type { AppServer, AppSocket } from './types.js';

/** Larger payloads are refused by the transport before any handler sees them. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/** Per session and event family (`cart`, `chat`, …). */
export const SOCKET_RATE_LIMIT = { capacity: 20, refillPerSecond: 10 };

export function createIo(
  httpServer: HttpServer,
  ctx: Omit<AppContext, 'endSessions' | 'publish' | 'observe'>,
): AppServer {
  const io: AppServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    serveClient: false,
    ...(ctx.ioAdapter && { adapter: ctx.ioAdapter }),
    // Browsers skip CORS on the websocket handshake, so the origin is checked here for both transports.
    allowRequest: (req, callback) => {
      callback(null, isAllowedOrigin(req.headers.origin, req.headers.host, ctx.config.ALLOWED_ORIGINS));
    },
  });
  // With REDIS_URL, broadcasts reach the sockets of every process on every machine ([REDIS5]).
  const redisUrl = ctx.config.REDIS_URL;
  if (redisUrl) io.adapter(redisAdapter(redisUrl, { onError: (err) => ctx.log.warn({ err }, 'redis adapter') }));
  return io;
}

/**
 * Runs the auth middleware, then on every connection each feature's connection bookkeeping and
 * the one dispatcher over the table built here, once per app (docs/ARCHITECTURE.md §3).
 * Returns the table (the events the app answers).
 */
export function attachHandlers(io: AppServer, ctx: AppContext, features: readonly FeatureRoutes[]) {
  // A limit on load: without the shared state, requests go on unlimited ([SHARED6]).
  const limiter = ctx.limits.limiter('socket', ctx.socketRateLimit ?? SOCKET_RATE_LIMIT, 'allow');
  const table = buildRouteTable(features);
  const dispatch = createDispatcher(ctx, limiter, table);
  const onConnection = features.flatMap((f) => (f.onConnection ? [f.onConnection] : []));
  io.use(authenticateSocket(ctx));
  io.use(capConnections(ctx));
  io.on('connection', (socket: AppSocket) => {
    for (const connected of onConnection) connected(socket);
    socket.onAny(dispatch);
  });
  return table;
}

/** Push the reason, then close: the client re-reads /api/auth/me and reconnects as whoever it is now. */
export function endSessionSockets(io: AppServer, sessionIds: string[], reason: SessionEndReason): void {
  for (const id of sessionIds) {
    io.to(rooms.session(id)).emit('session:ended', { reason });
    io.in(rooms.session(id)).disconnectSockets(true);
  }
}
