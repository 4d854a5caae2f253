import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';

/** The parts the local fake upstreams (fake-openai/, fake-voiceflow/) share. */

/** What a local fake upstream saw, in arrival order, and a way to wait for the next one. */
export function requestLog<T extends { index: number }>() {
  const requests: T[] = [];
  const arrivals = new EventEmitter();
  return {
    requests,
    add(rec: T): void {
      requests.push(rec);
      arrivals.emit('request', rec);
    },
    /** Resolves with request `index` once it has arrived. */
    request(index: number): Promise<T> {
      const seen = requests[index];
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => {
        const on = (rec: T) => {
          if (rec.index !== index) return;
          arrivals.off('request', on);
          resolve(rec);
        };
        arrivals.on('request', on);
      });
    },
  };
}

/** Closes a fake's server; hanging and keep-alive connections would hold close() open forever. */
/**
 * A real API sits behind load balancers that keep idle connections for a minute; Node's own 5 s
 * made the fake close a socket the engine's fetch (on a loaded machine, its timers late) was just
 * reusing: the next request failed as a dropped connection (seen once in the Voiceflow journey).
 * The client gives its idle sockets up first; closeServer ends them all.
 */
export function keepIdleConnections(server: Server): void {
  server.keepAliveTimeout = 65_000;
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

/** The parsed JSON body, or the raw text when it is not JSON (a test asserts on either). */
export function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
