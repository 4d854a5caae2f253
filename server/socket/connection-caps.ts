import type { Config } from '../config.js';
import { rooms } from './rooms.js';
import { HandshakeError } from './session-middleware.js';
import type { AppServer, AppSocket } from './types.js';

export type ConnectionCaps = Pick<Config, 'SOCKETS_PER_SESSION' | 'SOCKETS_PER_IP'>;

/**
 * io.use(), after authentication: at most SOCKETS_PER_SESSION sockets per session and
 * SOCKETS_PER_IP per client address. The counts are the sizes of this process's rooms, which
 * socket.io leaves on every ending (even a client gone during the handshake), so no count can
 * leak. Past a cap the client gets a `connect_error` whose message is the code `rate_limited`.
 */
export function capConnections(io: AppServer, caps: ConnectionCaps) {
  const open = (room: string) => io.sockets.adapter.rooms.get(room)?.size ?? 0;
  return (socket: AppSocket, next: (err?: Error) => void) => {
    const { sessionId, address } = socket.data;
    // The session's room already holds this socket (joined at authentication).
    if (open(rooms.session(sessionId)) > caps.SOCKETS_PER_SESSION) {
      return next(new HandshakeError('rate_limited', 'too_many_tabs', { max: caps.SOCKETS_PER_SESSION }));
    }
    if (open(rooms.address(address)) >= caps.SOCKETS_PER_IP) {
      return next(new HandshakeError('rate_limited', 'too_many_connections'));
    }
    void socket.join(rooms.address(address));
    next();
  };
}
