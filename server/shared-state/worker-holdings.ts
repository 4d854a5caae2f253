import type { Membership, SharedState } from './shared-state.js';

/** The calls of a worker that change what it holds: the memberships it joined, the leases it took. */
export interface HoldingCall {
  op: string;
  args: unknown[];
}

/**
 * What each worker of a cluster holds in the primary's state, so that when one dies the primary
 * lets go of its memberships and leases at once instead of at their expiry ([SHARED8]): its
 * sockets stop counting against the connection caps and presence, its answers' places free up.
 * The state's expiry stays the rule where no primary sees a death (Redis, other machines).
 */
export function createWorkerHoldings() {
  /** Per worker: set → its members there; lease name → holder. */
  const byWorker = new Map<number, { members: Map<string, Set<string>>; leases: Map<string, string> }>();
  const of = (worker: number) => {
    const held = byWorker.get(worker) ?? { members: new Map<string, Set<string>>(), leases: new Map<string, string>() };
    byWorker.set(worker, held);
    return held;
  };

  const add = (worker: number, set: string, member: string) => {
    const { members } = of(worker);
    members.set(set, (members.get(set) ?? new Set()).add(member));
  };

  return {
    /** Note a call the worker made (after it was answered: a refused lease is not held). */
    record(worker: number, { op, args }: HoldingCall, value: unknown): void {
      const [name, member] = args as [string, string];
      if (op === 'join') {
        add(worker, name, member);
      } else if (op === 'joinAll') {
        for (const joined of args[0] as Membership[]) add(worker, joined.set, joined.member);
      } else if (op === 'leave') {
        byWorker.get(worker)?.members.get(name)?.delete(member);
      } else if (op === 'lease') {
        if (value === true) of(worker).leases.set(name, member);
      } else if (op === 'release') {
        const leases = byWorker.get(worker)?.leases;
        if (leases?.get(name) === member) leases.delete(name);
      }
    },

    /** The worker died: everything it held leaves the state now. */
    async forget(worker: number, state: SharedState, now: number): Promise<void> {
      const held = byWorker.get(worker);
      byWorker.delete(worker);
      if (!held) return;
      const calls: Array<Promise<unknown>> = [];
      for (const [set, members] of held.members)
        for (const member of members) calls.push(state.leave(set, member, now));
      for (const [name, holder] of held.leases) calls.push(state.release(name, holder));
      await Promise.all(calls);
    },
  };
}
