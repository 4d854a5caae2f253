import { createRateLimiter, type RateLimit, type RateLimiter } from '../rate-limit.js';
import { bucketKey, type SharedState } from './shared-state.js';

/** One process's shared state: plain memory. The primary under `WORKERS` holds one for all workers. */
export function createMemoryState(): SharedState {
  const limiters = new Map<string, RateLimiter>();
  const sets = new Map<string, Map<string, number>>();
  const leases = new Map<string, { holder: string; until: number }>();

  const limiter = (limit: RateLimit) => {
    const shape = bucketKey('', limit);
    const found = limiters.get(shape) ?? createRateLimiter(limit);
    limiters.set(shape, found);
    return found;
  };
  /** The set with its expired members dropped (and the set itself once empty). */
  const live = (set: string, now: number) => {
    const members = sets.get(set);
    if (!members) return undefined;
    for (const [member, until] of members) if (until <= now) members.delete(member);
    if (members.size === 0) sets.delete(set);
    return members.size === 0 ? undefined : members;
  };

  return {
    take: async (key, limit, now) => limiter(limit).take(key, now),
    peek: async (key, limit, now) => limiter(limit).peek(key, now),
    giveBack: async (key, limit) => limiter(limit).giveBack(key),

    async join(set, member, ttlMs, now) {
      const members = live(set, now) ?? new Map<string, number>();
      members.set(member, now + ttlMs);
      sets.set(set, members);
      return members.size;
    },
    async joinAll(memberships, ttlMs, now) {
      // Each set swept of its expired members once, not once per member ([SHARED9]).
      const swept = new Map<string, Map<string, number>>();
      for (const { set, member } of memberships) {
        let members = swept.get(set);
        if (!members) {
          members = live(set, now) ?? new Map<string, number>();
          sets.set(set, members);
          swept.set(set, members);
        }
        members.set(member, now + ttlMs);
      }
    },
    async leave(set, member, now) {
      const members = live(set, now);
      members?.delete(member);
      return live(set, now)?.size ?? 0;
    },
    members: async (set, now) => [...(live(set, now)?.keys() ?? [])],

    async lease(name, holder, ttlMs, now) {
      const held = leases.get(name);
      if (held && held.holder !== holder && held.until > now) return false;
      leases.set(name, { holder, until: now + ttlMs });
      return true;
    },
    async release(name, holder) {
      if (leases.get(name)?.holder === holder) leases.delete(name);
    },
    async close() {
      limiters.clear();
      sets.clear();
      leases.clear();
    },
  };
}
