import { hostname } from 'node:os';
import type { AppContext } from '../context.js';
import { HandshakeError } from './session-middleware.js';
import type { AppServer, AppSocket } from './types.js';

/** What the caps need of the app: its shared state, its clock, the caps and the outage log. */
export type CapsContext = Pick<AppContext, 'shared' | 'limits' | 'now' | 'config'>;

/** A connection's place lasts this long unless its process renews it (a process that died frees its places). */
export const CONNECTION_TTL_MS = 60_000;
/** Each process renews its connections' places this often: three chances before one lapses. */
export const CONNECTION_RENEW_MS = CONNECTION_TTL_MS / 3;

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
 * connected (startConnectionRenewal); it leaves on disconnect, and a refused handshake leaves at
 * once. Handshakes racing for the last place may both be refused, never both let in. Past a cap
 * the client gets a `connect_error` whose message is the code `rate_limited`. While the shared
 * state cannot answer, connections are let in ([SHARED6]).
 */
export function capConnections(ctx: CapsContext) {
  const { SOCKETS_PER_SESSION: perSession, SOCKETS_PER_IP: perAddress } = ctx.config;
  const leave = async (socket: AppSocket) => {
    const { member, sets } = placesOf(socket);
    const now = ctx.now();
    await Promise.all(sets.map((set) => ctx.shared.leave(set, member, now)));
  };
  // One listener for every socket (`this` is the socket), not a closure per connection.
  function leaveOnDisconnect(this: AppSocket) {
    leave(this).catch((err) => ctx.limits.unavailable('connection caps', err, 'allow'));
  }
  const admit = async (socket: AppSocket) => {
    const { member, sets } = placesOf(socket);
    const now = ctx.now();
    let sizes: number[];
    try {
      sizes = await Promise.all(sets.map((set) => ctx.shared.join(set, member, CONNECTION_TTL_MS, now)));
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

/** Renew the places of this process's connected sockets until now + CONNECTION_TTL_MS. */
export async function renewConnections(io: AppServer, ctx: CapsContext): Promise<void> {
  const now = ctx.now();
  const joins = [...io.sockets.sockets.values()].flatMap((socket) => {
    const { member, sets } = placesOf(socket);
    return sets.map((set) => ctx.shared.join(set, member, CONNECTION_TTL_MS, now));
  });
  await Promise.all(joins).catch((err) => ctx.limits.unavailable('connection caps', err, 'allow'));
}

/** This process's part: renew its connections' places every CONNECTION_RENEW_MS. Returns the stop. */
export function startConnectionRenewal(io: AppServer, ctx: CapsContext): () => void {
  const timer = setInterval(() => void renewConnections(io, ctx), CONNECTION_RENEW_MS);
  timer.unref();
  return () => clearInterval(timer);
}
