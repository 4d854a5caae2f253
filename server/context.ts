import type {
  Assistant,
  CatalogCache,
  Clock,
  Config,
  Db,
  EndSessions,
  IdentityHooks,
  IoAdapter,
  Logger,
  Outbox,
  PasswordHasher,
  PaymentProvider,
  Publisher,
  RateLimit,
  SessionCookie,
} from './ports.js';
import type { SharedState } from './shared-state/shared-state.js';
import type { SharedLimits } from './shared-state/shared-limits.js';
import type { MyMemberships } from './shared-state/my-memberships.js';

/** What the app is built from: passed in, so tests build it with a temp database and a fake clock. */
export interface AppDeps {
  config: Config;
  db: Db;
  log: Logger;
  hasher: PasswordHasher;
  commonPasswords: ReadonlySet<string>;
  sessionSecret: string;
  /** Milliseconds since the epoch; tests move it to check expiry. */
  now: Clock;
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
  /** This process among those sharing the database (the owner of its streaming answers); random when omitted. */
  instanceId?: string;
  /** The Socket.IO adapter of several processes (WORKERS > 1: the cluster adapter); Socket.IO's in-memory one when omitted. */
  ioAdapter?: IoAdapter;
  /**
   * What every process of the shop agrees on (rate limits, connections): the primary's over IPC
   * under `WORKERS`, Redis with `REDIS_URL`; this process's memory when omitted.
   */
  shared?: SharedState;
}

/** Deps plus what createApp wires up, handed to every feature (the interfaces are in ports.ts). */
export interface AppContext extends AppDeps, Publisher {
  payments: PaymentProvider;
  cookie: SessionCookie;
  hooks: IdentityHooks;
  /** Tell the sockets of these sessions why they end, then disconnect them. */
  endSessions: EndSessions;
  /** Queues email in the caller's transaction (features/mail/outbox.ts, §15). */
  outbox: Outbox;
  /** The catalog browsing reads, held in memory (features/catalog/catalog-cache.ts). */
  catalog: CatalogCache;
  instanceId: string;
  shared: SharedState;
  /** The rate limits, kept in `shared` (shared-state/shared-limits.ts). */
  limits: SharedLimits;
  /** This process's memberships in `shared`, renewed while it lives (shared-state/my-memberships.ts). */
  memberships: MyMemberships;
}
