import type { SharedState } from './shared-state.js';

/** A membership lasts this long unless its process renews it (a process that died frees its places). */
export const MEMBERSHIP_TTL_MS = 60_000;
/** Each process renews its memberships this often: three chances before one lapses. */
export const MEMBERSHIP_RENEW_MS = MEMBERSHIP_TTL_MS / 3;

/**
 * The memberships this process holds in the shared state (connection places, presence), each
 * with an expiry it renews while it lives, so a process that dies lets its members lapse by the
 * clock ([SHARED7], [XPRES4]). Joining and leaving go through here; `renew` joins them all again.
 */
export interface MyMemberships {
  /** Join `set` as `member` until now + MEMBERSHIP_TTL_MS, renewed from then on; answers the set's size. */
  join(set: string, member: string): Promise<number>;
  /** Leave `set` and stop renewing; answers the size left. */
  leave(set: string, member: string): Promise<number>;
  /** Join every membership held again, until now + MEMBERSHIP_TTL_MS, in one `joinAll` ([SHARED9]). */
  renew(): Promise<void>;
}

export function createMyMemberships(shared: SharedState, now: () => number): MyMemberships {
  /** set → members held in it. */
  const held = new Map<string, Set<string>>();
  return {
    join(set, member) {
      const members = held.get(set) ?? new Set<string>();
      held.set(set, members.add(member));
      return shared.join(set, member, MEMBERSHIP_TTL_MS, now());
    },
    leave(set, member) {
      const members = held.get(set);
      members?.delete(member);
      if (members?.size === 0) held.delete(set);
      return shared.leave(set, member, now());
    },
    renew() {
      const all = [...held].flatMap(([set, members]) => [...members].map((member) => ({ set, member })));
      return shared.joinAll(all, MEMBERSHIP_TTL_MS, now());
    },
  };
}
