import type { RateLimit, Verdict } from '../rate-limit.js';

/**
 * What every process of one shop must agree on, beyond the database: rate limits, who is
 * connected, and which process leads (docs/decisions/029-shared-state.md). One process keeps
 * it in memory (memory-state.ts); under `WORKERS` the primary keeps it and the workers ask over
 * IPC; with `REDIS_URL`, Redis keeps it for processes on several machines.
 *
 * Every call takes the caller's clock (`now`, ms since the epoch): expiry is decided by the app's
 * clock, never the store's, so tests move one clock for every implementation. Messages between
 * processes are not here: Socket.IO's adapter carries them (`io.serverSideEmit`).
 */
export interface SharedState {
  /** Spend a token of `limit`'s bucket at `key`, as RateLimiter.take does in one process. */
  take(key: string, limit: RateLimit, now: number): Promise<Verdict>;
  /** Would `take` succeed? Spends nothing. */
  peek(key: string, limit: RateLimit, now: number): Promise<Verdict>;
  /** Return a token `take` spent. */
  giveBack(key: string, limit: RateLimit, now: number): Promise<void>;

  /**
   * Put `member` in `set` until `now + ttlMs` (again: its expiry moves on) and answer the set's
   * size, expired members not counted. A process renews its members while they live, so the
   * members of a process that died expire on their own.
   */
  join(set: string, member: string, ttlMs: number, now: number): Promise<number>;
  /**
   * `join` for every one of `memberships` at once, answering no sizes: how a process renews all it
   * holds in one request, or a few of bounded size, not one per member ([SHARED9]).
   */
  joinAll(memberships: readonly Membership[], ttlMs: number, now: number): Promise<void>;
  /** Take `member` out of `set`; answers the size left. */
  leave(set: string, member: string, now: number): Promise<number>;
  /** The live members of `set`. */
  members(set: string, now: number): Promise<string[]>;

  /**
   * Hold the lease `name` for `holder` until `now + ttlMs`: true if `holder` holds it now (it
   * was free, expired, or already `holder`'s, which renews it), false if another holds it.
   */
  lease(name: string, holder: string, ttlMs: number, now: number): Promise<boolean>;
  /** Let the lease go if `holder` holds it. */
  release(name: string, holder: string): Promise<void>;

  close(): Promise<void>;
}

/** One member of one set, as `joinAll` takes them. */
export interface Membership {
  set: string;
  member: string;
}

/**
 * The most memberships one `joinAll` request carries (an IPC message, a Redis script call): a
 * process's renewal of 5,000 sockets is a few requests of ~100 kB, none so big that serving it
 * holds the primary, or Redis, from the other requests for long.
 */
export const JOIN_ALL_CHUNK = 1000;

/** The bucket a limit is kept in: two limits with different shapes on one key never share tokens. */
export const bucketKey = (key: string, { capacity, refillPerSecond }: RateLimit) =>
  `${capacity}/${refillPerSecond}:${key}`;
