import type { Socket } from 'socket.io-client';

type Engine = NonNullable<Socket['io']['engine']>;
type EngineEvents = { once(event: 'open' | 'close', listener: (reason?: string) => void): unknown };

/**
 * socket.io-client 4 waits out its whole connect timeout (20 s by default) when the transport
 * closes after the WebSocket upgrade but before Engine.IO's open packet: while opening, its
 * Manager listens for the engine's errors, not for its close. A server process killed in the
 * middle of a handshake closes exactly there (a worker SIGKILLed just after the primary handed it
 * the connection: the chaos test's "no transport opened"). Wrapped here, every attempt the
 * Manager opens (the first, a reconnection, a `connect()`) turns such a close into the engine
 * error it does handle: `connect_error` at once, and the usual retry.
 */
export function failFastOnHandshakeClose(socket: Socket): void {
  const manager = socket.io;
  const open = manager.open.bind(manager);
  manager.open = ((callback?: (err?: Error) => void) => {
    const result = open(callback);
    const engine = manager.engine as Engine & EngineEvents;
    if (engine) {
      let opened = false;
      engine.once('open', () => {
        opened = true;
      });
      engine.once('close', (reason) => {
        if (opened) return;
        const reserved = engine as unknown as { emitReserved(event: 'error', error: Error): void };
        reserved.emitReserved('error', new Error(`closed during the handshake (${reason ?? 'no reason'})`));
      });
    }
    return result;
  }) as typeof manager.open;
}
