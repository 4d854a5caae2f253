import type { MessageKey } from '../i18n/index.js';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/**
 * Handshake refusals the shopper can do something about, by the code the server sends in
 * `connect_error` (`rate_limited`: too many tabs of this browser, or sockets of this network).
 * Others are not theirs to act on: `unauthorized` renews the session by itself, `internal`
 * reads as an ordinary reconnect.
 */
const REFUSALS = ['rate_limited'] as const;
export type ConnectionRefusal = (typeof REFUSALS)[number];

export interface ConnectionState {
  status: ConnectionStatus;
  /** Why the last handshake was refused, while the tab is still trying again. */
  refusal: ConnectionRefusal | null;
}

export interface ConnectionFacts {
  online: boolean;
  connected: boolean;
  everConnected: boolean;
  refusal: ConnectionRefusal | null;
}

export function connectionStateOf(facts: ConnectionFacts): ConnectionState {
  // The browser knows it is offline before the socket's heartbeat notices (up to ~45 s), and
  // a refusal from before the network went away says nothing about the next attempt.
  if (!facts.online) return { status: 'offline', refusal: null };
  if (facts.connected) return { status: 'connected', refusal: null };
  return { status: facts.everConnected ? 'reconnecting' : 'connecting', refusal: facts.refusal };
}

/** The refusal a `connect_error` carries (`data.code`, or the message, which is the code too). */
export function refusalOf(err: unknown): ConnectionRefusal | null {
  if (typeof err !== 'object' || err === null) return null;
  const { data, message } = err as { data?: { code?: unknown }; message?: unknown };
  const code = data?.code ?? message;
  return REFUSALS.find((refusal) => refusal === code) ?? null;
}

export interface ConnectionNotice {
  key: MessageKey;
  /** A refusal needs the shopper to act, so it is an alert; the rest is polite status. */
  urgent: boolean;
  showAfterMs: number;
}

const REFUSAL_LABELS: Record<ConnectionRefusal, MessageKey> = {
  rate_limited: 'connection.refused.rate_limited',
};

/**
 * What the connection indicator says. Short blips (a reconnect after signing in, a network
 * hiccup) resolve before anyone needs to be told; a refusal or being offline is told at once.
 */
export function connectionNotice(state: ConnectionState): ConnectionNotice | null {
  if (state.refusal) return { key: REFUSAL_LABELS[state.refusal], urgent: true, showAfterMs: 0 };
  switch (state.status) {
    case 'connected':
      return null;
    case 'offline':
      return { key: 'connection.offline', urgent: false, showAfterMs: 0 };
    case 'reconnecting':
      return { key: 'connection.reconnecting', urgent: false, showAfterMs: 1000 };
    case 'connecting':
      return { key: 'connection.connecting', urgent: false, showAfterMs: 3000 };
  }
}
