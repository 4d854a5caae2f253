import type { RateLimit } from './rate-limit.js';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { Logger } from './log.js';
import type { PasswordHasher } from './features/auth/password-hasher.js';
import type { SessionCookie } from './features/auth/session-cookie.js';
import type { IdentityHooks } from './features/auth/identity-hooks.js';
import type { SessionEndReason } from '../shared/session.js';
import type { ServerToClientEvents } from '../shared/events.js';
import type { PaymentProvider } from './features/payments/payment-provider.js';
import type { Assistant } from './features/chat/chat-hub.js';

/** What the app is built from: passed in, so tests build it with a temp database and a fake clock. */
export interface AppDeps {
  config: Config;
  db: Db;
  log: Logger;
  hasher: PasswordHasher;
  commonPasswords: ReadonlySet<string>;
  sessionSecret: string;
  /** Milliseconds since the epoch; tests move it to check expiry. */
  now: () => number;
  /** The built client (index.html + assets); omitted in API-only tests. */
  clientDir?: string;
  /** Product images (data/images), served under /images. */
  imagesDir?: string;
  /** Card payments; the built-in test provider when omitted. */
  payments?: PaymentProvider;
  /** The per-session, per-event-family socket bucket; SOCKET_RATE_LIMIT when omitted (load tests widen it). */
  socketRateLimit?: RateLimit;
  /** The support assistant: engine, support guide, history (server/assistant/create-assistant.ts). */
  assistant: Assistant;
}

/** Deps plus what createApp wires up, handed to every feature. */
export interface AppContext extends AppDeps {
  payments: PaymentProvider;
  cookie: SessionCookie;
  hooks: IdentityHooks;
  /** Tell the sockets of these sessions why they end, then disconnect them. */
  endSessions(sessionIds: string[], reason: SessionEndReason): void;
  /** Push a fact to a room (names from socket/rooms.ts). Call only after the change is committed. */
  publish<E extends keyof ServerToClientEvents>(
    room: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void;
  /** Also hand every published fact to `tap` (the staff console follows carts, orders and chats this way). */
  observe(tap: PublishTap): void;
}

export type PublishTap = (room: string, event: keyof ServerToClientEvents, payload: unknown) => void;
