import { io } from 'socket.io-client';
import { createSignal } from 'solid-js';
import type { RequestEvent, RequestInput, RequestOutput } from '../../../shared/events.js';
import type { ClientResult } from '../../../shared/result.js';
import { failFastOnHandshakeClose } from '../../../shared/socket-handshake.js';
import { ConnectionKeeper, type AppSocket } from './connection-keeper.js';
import type { ConnectionState } from './connection-state.js';
import { clientError, toClientCode } from './errors.js';

/** The one connection of the app. It connects only once the session cookie exists (start()). */
export const socket: AppSocket = io({
  withCredentials: true,
  autoConnect: false,
});
// A server process killed mid-handshake: retry at once, not after socket.io's 20 s connect timeout.
failFastOnHandshakeClose(socket);

// Compared by value: a repeated report must not restart the indicator's delay before it shows.
const [state, setState] = createSignal<ConnectionState>(
  { status: 'connecting', refusal: null },
  { equals: (a, b) => a.status === b.status && a.refusal === b.refusal },
);
export const connectionState = state;

const keeper = new ConnectionKeeper(socket, {
  onChange: setState,
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
});

/**
 * Start the connection. `renew` re-reads who we are over HTTP; it runs whenever the server
 * ends or rejects our session.
 */
export function startSocket(renew: () => Promise<unknown>): void {
  if (!keeper.start(renew)) return;
  window.addEventListener('offline', () => keeper.networkChanged());
  window.addEventListener('online', () => keeper.networkChanged());
}

/** Reconnect with the current cookie, after this tab signed in, out or rotated its session. */
export function reconnectSocket(): void {
  keeper.reconnect();
}

interface LooseAckEmitter {
  emit(event: string, payload: unknown, ack: (err: Error | null, response: unknown) => void): unknown;
}

function isResult(value: unknown): value is ClientResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * A typed request with an ack. Always resolves: no answer within `timeoutMs` becomes a
 * `timeout` error. While disconnected socket.io buffers the emit, and the timeout still runs.
 */
export function request<E extends RequestEvent>(
  event: E,
  payload: RequestInput<E>,
  { timeoutMs = 8000 }: { timeoutMs?: number } = {},
): Promise<ClientResult<RequestOutput<E>>> {
  // socket.io's ack typing cannot follow a generic event name; the event maps still type E.
  const emitter = socket.timeout(timeoutMs) as unknown as LooseAckEmitter;
  return new Promise((resolve) => {
    emitter.emit(event, payload, (err, response) => {
      if (err) return resolve(clientError('timeout'));
      if (!isResult(response)) return resolve(clientError('internal'));
      if (!response.ok) {
        return resolve({ ok: false, error: { ...response.error, code: toClientCode(response.error.code) } });
      }
      resolve(response as ClientResult<RequestOutput<E>>);
    });
  });
}
