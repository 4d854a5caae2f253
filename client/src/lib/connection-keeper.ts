import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/events.js';
import { connectionStateOf, refusalOf, type ConnectionRefusal, type ConnectionState } from './connection-state.js';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface KeeperOptions {
  onChange: (state: ConnectionState) => void;
  isOnline: () => boolean;
  /** Waits before each attempt after a refused or failed one; the last repeats. */
  retryDelaysMs?: readonly number[];
  /**
   * When the server ends our session, the tab that caused it (a sign-in, say) is receiving its
   * new cookie at about the same moment. Asking /me before that cookie lands would send the old,
   * revoked one and get a guest cookie back that could overwrite the new one, so wait a little.
   */
  sessionEndedGraceMs?: number;
}

/**
 * Keeps one socket connected and reports its state: reconnects after the server drops it,
 * renews the session when the server rejects it, and backs off while attempts keep failing so
 * a refused handshake (too many tabs) cannot loop, telling the shopper why meanwhile.
 */
export class ConnectionKeeper {
  private readonly retryDelaysMs: readonly number[];
  private readonly graceMs: number;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private everConnected = false;
  private started = false;
  private refusal: ConnectionRefusal | null = null;
  private renewSession: () => Promise<unknown> = async () => undefined;
  private renewing: Promise<unknown> | null = null;

  constructor(
    private readonly socket: AppSocket,
    private readonly options: KeeperOptions,
  ) {
    this.retryDelaysMs = options.retryDelaysMs ?? [0, 1000, 2000, 5000];
    this.graceMs = options.sessionEndedGraceMs ?? 300;
    socket.on('connect', () => {
      this.everConnected = true;
      this.attempts = 0;
      this.refusal = null;
      this.report();
    });
    socket.on('disconnect', (reason) => {
      this.report();
      // After a server-side disconnect socket.io-client does not reconnect by itself.
      if (reason === 'io server disconnect') this.renewThenReconnect(this.graceMs);
    });
    socket.on('connect_error', (err) => {
      this.refusal = refusalOf(err);
      this.report();
      if (err.message === 'unauthorized') this.renewThenReconnect();
      else if (!socket.active) this.reconnectSoon();
    });
    // Sent just before the server drops this socket: the session ended in another tab or device.
    socket.on('session:ended', () => this.renewThenReconnect(this.graceMs));
  }

  /** Connect; `renew` re-reads who we are over HTTP whenever the server ends or rejects our session. False if already started. */
  start(renew: () => Promise<unknown>): boolean {
    this.renewSession = renew;
    if (this.started) return false;
    this.started = true;
    this.socket.connect();
    return true;
  }

  /** Reconnect with the current cookie, after this tab signed in, out or rotated its session. */
  reconnect(): void {
    if (!this.started) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.socket.disconnect();
    this.attempts = 0;
    this.socket.connect();
  }

  /** Disconnect and stop trying (a retry already scheduled does not run). */
  stop(): void {
    this.started = false;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.socket.disconnect();
  }

  /** The browser went offline or came back. */
  networkChanged(): void {
    this.report();
    if (this.options.isOnline()) this.reconnectSoon();
  }

  private report(): void {
    const { socket, everConnected, refusal } = this;
    this.options.onChange(
      connectionStateOf({ online: this.options.isOnline(), connected: socket.connected, everConnected, refusal }),
    );
  }

  private reconnectSoon(): void {
    if (!this.started || this.socket.connected || this.socket.active || this.retryTimer !== undefined) return;
    const delays = this.retryDelaysMs;
    const delay = delays[Math.min(this.attempts, delays.length - 1)] ?? 5000;
    this.attempts += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.socket.connected && !this.socket.active) this.socket.connect();
    }, delay);
  }

  /** Re-read the session over HTTP (which also issues a fresh guest cookie), then reconnect. */
  private renewThenReconnect(delayMs = 0): void {
    this.renewing ??= new Promise((resolve) => setTimeout(resolve, delayMs))
      .then(() => this.renewSession())
      .finally(() => {
        this.renewing = null;
      });
    const retry = () => this.reconnectSoon();
    void this.renewing.then(retry, retry);
  }
}
