import { io, type Socket } from 'socket.io-client';
import { createSignal } from 'solid-js';
import type {
  ClientToServerEvents,
  RequestEvent,
  RequestInput,
  RequestOutput,
  ServerToClientEvents,
} from '../../../shared/events.js';
import type { ClientResult } from '../../../shared/result.js';
import { clientError, toClientCode } from './errors.js';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** The one connection of the app. It connects only once the session cookie exists (start()). */
export const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
  withCredentials: true,
  autoConnect: false,
});

const [status, setStatus] = createSignal<ConnectionStatus>('connecting');
export const connectionStatus = status;

const RETRY_DELAYS_MS = [0, 1000, 2000, 5000];
/**
 * When the server ends our session, the tab that caused it (a sign-in, say) is receiving its
 * new cookie at about the same moment. Asking /me before that cookie lands would send the old,
 * revoked one and get a guest cookie back that could overwrite the new one, so wait a little.
 */
const SESSION_ENDED_GRACE_MS = 300;
let attempts = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let everConnected = false;
let started = false;
let renewSession: () => Promise<unknown> = async () => undefined;
let renewing: Promise<unknown> | null = null;

function offlineNow(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function updateStatus(): void {
  // The browser knows it is offline before the socket's heartbeat notices (up to ~45 s).
  if (offlineNow()) setStatus('offline');
  else if (socket.connected) setStatus('connected');
  else setStatus(everConnected ? 'reconnecting' : 'connecting');
}

/** Connect again, backing off when attempts keep failing so a rejected handshake cannot loop. */
function reconnectSoon(): void {
  if (socket.connected || socket.active || retryTimer !== undefined) return;
  const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length - 1)] ?? 5000;
  attempts += 1;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    if (!socket.connected && !socket.active) socket.connect();
  }, delay);
}

/** Re-read the session over HTTP (which also issues a fresh guest cookie), then reconnect. */
function renewThenReconnect(delayMs = 0): void {
  renewing ??= new Promise((resolve) => setTimeout(resolve, delayMs))
    .then(() => renewSession())
    .finally(() => {
      renewing = null;
    });
  void renewing.then(reconnectSoon, reconnectSoon);
}

socket.on('connect', () => {
  everConnected = true;
  attempts = 0;
  updateStatus();
});

socket.on('disconnect', (reason) => {
  updateStatus();
  // After a server-side disconnect socket.io-client does not reconnect by itself.
  if (reason === 'io server disconnect') renewThenReconnect(SESSION_ENDED_GRACE_MS);
});

socket.on('connect_error', (err) => {
  updateStatus();
  if (err.message === 'unauthorized') renewThenReconnect();
  else if (!socket.active) reconnectSoon();
});

// Sent just before the server drops this socket: the session ended in another tab or device.
socket.on('session:ended', () => renewThenReconnect(SESSION_ENDED_GRACE_MS));

/**
 * Start the connection. `renew` re-reads who we are over HTTP; it runs whenever the server
 * ends or rejects our session.
 */
export function startSocket(renew: () => Promise<unknown>): void {
  renewSession = renew;
  if (started) return;
  started = true;
  window.addEventListener('offline', updateStatus);
  window.addEventListener('online', () => {
    updateStatus();
    reconnectSoon();
  });
  socket.connect();
}

/** Reconnect with the current cookie, after this tab signed in, out or rotated its session. */
export function reconnectSocket(): void {
  if (!started) return;
  clearTimeout(retryTimer);
  retryTimer = undefined;
  socket.disconnect();
  attempts = 0;
  socket.connect();
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
