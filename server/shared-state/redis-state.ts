import { createClient, ErrorReply } from 'redis';
import type { RateLimit, Verdict } from '../rate-limit.js';
import { scripts } from './redis-scripts.js';
import { bucketKey, JOIN_ALL_CHUNK, type Membership, type SharedState } from './shared-state.js';
import { SharedStateUnavailable } from './unavailable.js';
import { deadline } from './deadline.js';

export interface RedisStateOptions {
  /** redis:// or rediss:// (REDIS_URL). */
  url: string;
  /** Every key starts with it, so several shops, or tests, share one server ([REDIS3]). */
  prefix?: string;
  /** A call not answered by then rejects with SharedStateUnavailable, sent or not ([REDIS4]). */
  callTimeoutMs?: number;
  /** Connection errors, for the log: the client reconnects on its own meanwhile. */
  onError?: (error: Error) => void;
}

export interface RedisState extends SharedState {
  /** Resolves once the client is connected (at once when it is). */
  ready(): Promise<void>;
}

/**
 * SharedState kept in Redis, for processes on several machines (docs/decisions/030-redis.md).
 * Each operation is one Lua script (redis-scripts.ts). Without a connection a call rejects at
 * once (no offline queue: a rate limit decided late is worse than one refused now), and one that
 * Redis does not answer in time rejects too, so no request waits on Redis for long.
 */
export async function openRedisState({
  url,
  prefix = 'vx:',
  callTimeoutMs = 1000,
  onError = () => {},
}: RedisStateOptions): Promise<RedisState> {
  const client = createClient({
    url,
    scripts,
    disableOfflineQueue: true,
    socket: { connectTimeout: callTimeoutMs, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000) },
  });
  // Without a listener an 'error' event would throw; node-redis reconnects after emitting it.
  client.on('error', onError);
  await call(client.connect(), callTimeoutMs * 5).catch(async (error) => {
    client.destroy();
    throw error;
  });

  const key = (kind: string, name: string) => `${prefix}${kind}:${name}`;
  const bucket = (name: string, limit: RateLimit, now: number, mode: 'take' | 'peek' | 'give') =>
    call(
      client.bucket(key('bucket', bucketKey(name, limit)), limit.capacity, limit.refillPerSecond, now, mode),
      callTimeoutMs,
    );
  const verdict = ([ok, retryAfterMs]: number[]): Verdict =>
    ok === 1 ? { ok: true } : { ok: false, retryAfterMs: retryAfterMs ?? 0 };
  const members = (set: string, now: number, mode: 'join' | 'leave' | 'list', member?: string, ttlMs?: number) =>
    call(client.members(key('set', set), now, mode, member, ttlMs), callTimeoutMs);

  /** Each chunk of JOIN_ALL_CHUNK memberships is one script call over its sets (keys → members). */
  const joinAll = async (memberships: readonly Membership[], ttlMs: number, now: number) => {
    const calls: Array<Promise<number>> = [];
    for (let i = 0; i < memberships.length; i += JOIN_ALL_CHUNK) {
      const bySet = new Map<string, string[]>();
      for (const { set, member } of memberships.slice(i, i + JOIN_ALL_CHUNK)) {
        const members = bySet.get(key('set', set));
        if (members) members.push(member);
        else bySet.set(key('set', set), [member]);
      }
      calls.push(call(client.joinAll(bySet, now, ttlMs), callTimeoutMs));
    }
    await Promise.all(calls);
  };

  return {
    take: async (name, limit, now) => verdict(await bucket(name, limit, now, 'take')),
    peek: async (name, limit, now) => verdict(await bucket(name, limit, now, 'peek')),
    giveBack: async (name, limit, now) => void (await bucket(name, limit, now, 'give')),

    join: async (set, member, ttlMs, now) => (await members(set, now, 'join', member, ttlMs)) as number,
    joinAll,
    leave: async (set, member, now) => (await members(set, now, 'leave', member)) as number,
    members: async (set, now) => (await members(set, now, 'list')) as string[],

    lease: async (name, holder, ttlMs, now) =>
      (await call(client.lease(key('lease', name), holder, now, ttlMs), callTimeoutMs)) === 1,
    release: async (name, holder) => void (await call(client.release(key('lease', name), holder), callTimeoutMs)),

    ready: () => (client.isReady ? Promise.resolve() : new Promise((resolve) => client.once('ready', resolve))),
    async close() {
      if (!client.isOpen) return;
      if (client.isReady) await client.close();
      else client.destroy();
    },
  };
}

/**
 * The command's answer, or SharedStateUnavailable when the connection failed or Redis took longer
 * than `ms`. node-redis's own command timeout covers only the wait to be written, not the answer.
 * A reply error (a script's bug) stays what it is: that is not Redis being away.
 */
function call<T>(command: Promise<T>, ms: number): Promise<T> {
  let cancel = () => {};
  const late = new Promise<never>((_, reject) => {
    cancel = deadline(ms, () => reject(new Error(`no answer from Redis within ${ms} ms`)));
  });
  return Promise.race([command, late])
    .catch((error: unknown) => {
      if (error instanceof ErrorReply) throw error;
      throw new SharedStateUnavailable(error);
    })
    .finally(() => cancel());
}
