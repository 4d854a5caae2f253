import { hostname } from 'node:os';
import type { AppContext } from '../context.js';
import { HandshakeError } from './session-middleware.js';
import type { AppSocket } from './types.js';

/** What the caps need of the app: its memberships, the caps and the outage log. */
export type CapsContext = Pick<AppContext, 'memberships' | 'limits' | 'config'>;

/** This process, in the members it adds: `<process>:<socket id>` ([SHARED7]). */
const PROCESS_ID = `${hostname()}/${process.pid}`;

const placesOf = (socket: AppSocket) => {
  const member = `${PROCESS_ID}:${socket.id}`;
  const sets = [`sockets:session:${socket.data.sessionId}`, `sockets:address:${socket.data.address}`] as const;
  return { member, sets };
};

/**
 * io.use(), after authentication: at most SOCKETS_PER_SESSION sockets per session and
 * SOCKETS_PER_IP per client address, across every process of the shop ([SHARED7]). Each socket
 * joins a membership per session and per address with an expiry its process renews while it is
 * connected (ctx.memberships, shared-state/my-memberships.ts); it leaves on disconnect, and a refused handshake leaves at
 * once. Handshakes racing for the last place may both be refused, never both let in. Past a cap
 * the client gets a `connect_error` whose message is the code `rate_limited`. While the shared
 * state cannot answer, connections are let in ([SHARED6]).
 */
export function capConnections(ctx: CapsContext) {
  const { SOCKETS_PER_SESSION: perSession, SOCKETS_PER_IP: perAddress } = ctx.config;
  const leave = async (socket: AppSocket) => {
    const { member, sets } = placesOf(socket);
    await Promise.all(sets.map((set) => ctx.memberships.leave(set, member)));
  };
  // One listener for every socket (`this` is the socket), not a closure per connection.
  function leaveOnDisconnect(this: AppSocket) {
    leave(this).catch((err) => ctx.limits.unavailable('connection caps', err, 'allow'));
  }
  const admit = async (socket: AppSocket) => {
    const { member, sets } = placesOf(socket);
    let sizes: number[];
    try {
      sizes = await Promise.all(sets.map((set) => ctx.memberships.join(set, member)));
    } catch (err) {
      ctx.limits.unavailable('connection caps', err, 'allow');
      return;
    }
    const [inSession = 0, atAddress = 0] = sizes;
    const refusal =
      inSession > perSession
        ? new HandshakeError('rate_limited', 'too_many_tabs', { max: perSession })
        : atAddress > perAddress
          ? new HandshakeError('rate_limited', 'too_many_connections')
          : undefined;
    if (refusal) {
      await leave(socket).catch((err) => ctx.limits.unavailable('connection caps', err, 'allow'));
      throw refusal;
    }
    socket.on('disconnect', leaveOnDisconnect);
  };
  return (socket: AppSocket, next: (err?: Error) => void) => {
    admit(socket).then(() => next(), next);
  };
}
