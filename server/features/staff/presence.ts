import type { AppContext } from '../../context.js';
import type { StaffMember } from '../../../shared/staff.js';
import type { AppServer } from '../../socket/types.js';
import { createPresenceReplica, EMPTY_PRESENCE, type SocketPresence } from './presence-replica.js';

/**
 * Who is here, in every process of the shop ([XPRES1]): staff members online, how many tabs a
 * shopper has open, and which conversations staff watch (and draft in) per shopper, so a cart or
 * order change is pushed to the watchers without a query when nobody watches. Reads are
 * synchronous, from this process's replica (presence-replica.ts); what changes goes out as it
 * happens (sync.ts).
 */
export interface Presence {
  staffOnline(): StaffMember[];
  /** True when the member was offline on every process (the list changed). */
  staffConnected(socketId: string, member: StaffMember): boolean;
  /** True when that was the member's last socket on any process (the list changed). */
  staffDisconnected(socketId: string): boolean;
  /** Open tabs in the shopper's room (`user:<id>` or `session:<id>`), on every process. */
  shopperTabs(ownerRoom: string): number;
  watch(socketId: string, ownerRoom: string, chatId: number): void;
  /** The conversations this socket stopped watching (their rows' viewers changed). */
  unwatch(socketId: string, chatId?: number): number[];
  /** A watching staff socket drafts (or stopped drafting) a reply or note; true when that changed something. */
  composing(socketId: string, chatId: number, typing: boolean): boolean;
  /** Staff with the conversation open now, one entry per member, typing if any of their tabs is. */
  viewers(chatId: number): { id: number; name: string; typing: boolean }[];
  /** Conversations of this shopper that some staff socket watches. */
  watchedChats(ownerRoom: string): number[];
  /**
   * Take the other processes' presence from the shared state (at start, then at each renewal):
   * what lapsed (a process died) or was missed goes, what is new comes ([XPRES4]). Answers what changed.
   */
  sync(): Promise<PresenceChange>;
}

/** What a sync changed: the pushes it calls for. */
export interface PresenceChange {
  staff: boolean;
  chats: number[];
  owners: string[];
}

/** The shared state's set of every socket's presence; a member is `[key, SocketPresence]` as JSON. */
export const PRESENCE_SET = 'presence';
const SHOPPER_ROOM = /^(user|session):/;

/**
 * `across`: other processes may serve the shop (WORKERS, REDIS_URL): this process's presence goes
 * to the shared state (a membership it renews, ctx.memberships) and to the others at once
 * (`io.serverSideEmit`). Without it nothing leaves the process.
 */
export function createPresence(io: AppServer, ctx: AppContext, across: { share: boolean; emit: boolean }): Presence {
  const replica = createPresenceReplica();
  const me = `${ctx.instanceId}:`;
  const keyOf = (socketId: string) => me + socketId;
  /** Per own socket, its membership in PRESENCE_SET as it stands. */
  const held = new Map<string, string>();
  /** Keys an event changed since the sync under way began: the event is newer than what it read. */
  const touched = new Set<string>();
  const failed = (err: unknown) => ctx.log.warn({ err }, 'presence not shared');

  const update = (socketId: string, change: (p: SocketPresence) => SocketPresence) => {
    const key = keyOf(socketId);
    const next = change(replica.get(key));
    replica.put(key, next);
    if (across.share) {
      const before = held.get(socketId);
      const member = JSON.stringify([key, next]);
      if (before !== undefined) ctx.memberships.leave(PRESENCE_SET, before).catch(failed);
      held.delete(socketId);
      if (replica.get(key) !== EMPTY_PRESENCE) {
        held.set(socketId, member);
        ctx.memberships.join(PRESENCE_SET, member).catch(failed);
      }
    }
    if (across.emit) io.serverSideEmit('presence:socket', key, next);
  };
  io.on('presence:socket', (key, p) => {
    touched.add(key);
    replica.put(key, p);
  });
  const { adapter } = io.of('/');
  adapter.on('join-room', (room: string, socketId: string) => {
    if (SHOPPER_ROOM.test(room)) update(socketId, (p) => ({ ...p, owners: [...p.owners, room] }));
  });
  adapter.on('leave-room', (room: string, socketId: string) => {
    if (SHOPPER_ROOM.test(room)) update(socketId, (p) => ({ ...p, owners: p.owners.filter((r) => r !== room) }));
  });

  const viewingOf = (socketId: string) => replica.get(keyOf(socketId)).viewing;
  return {
    staffOnline: replica.staffOnline,
    staffConnected(socketId, member) {
      const was = replica.isOnline(member.id);
      update(socketId, (p) => ({ ...p, staff: member }));
      return !was;
    },
    staffDisconnected(socketId) {
      const { staff } = replica.get(keyOf(socketId));
      update(socketId, ({ staff: _gone, ...p }) => p);
      return staff !== undefined && !replica.isOnline(staff.id);
    },
    shopperTabs: replica.shopperTabs,
    watch(socketId, ownerRoom, chatId) {
      if (viewingOf(socketId).some(([id]) => id === chatId)) return;
      update(socketId, (p) => ({ ...p, viewing: [...p.viewing, [chatId, ownerRoom, false]] }));
    },
    unwatch(socketId, chatId) {
      const left = viewingOf(socketId)
        .map(([id]) => id)
        .filter((id) => chatId === undefined || id === chatId);
      if (left.length) update(socketId, (p) => ({ ...p, viewing: p.viewing.filter(([id]) => !left.includes(id)) }));
      return left;
    },
    composing(socketId, chatId, typing) {
      const open = viewingOf(socketId).find(([id]) => id === chatId);
      if (!open || open[2] === typing) return false;
      update(socketId, (p) => ({
        ...p,
        viewing: p.viewing.map(([id, owner, was]) => [id, owner, id === chatId ? typing : was]),
      }));
      return true;
    },
    viewers: replica.viewers,
    watchedChats: replica.watchedChats,
    async sync() {
      const change: PresenceChange = { staff: false, chats: [], owners: [] };
      if (!across.share) return change;
      touched.clear();
      const read = await ctx.shared.members(PRESENCE_SET, ctx.now());
      const truth = new Map<string, SocketPresence>();
      for (const member of read) {
        const [key, p] = JSON.parse(member) as [string, SocketPresence];
        if (!key.startsWith(me)) truth.set(key, p);
      }
      const known = [...replica.keys()].filter((key) => !key.startsWith(me));
      for (const key of new Set([...known, ...truth.keys()])) {
        if (touched.has(key)) continue;
        const before = replica.get(key);
        const after = truth.get(key) ?? EMPTY_PRESENCE;
        if (JSON.stringify(before) === JSON.stringify(after)) continue;
        replica.put(key, after);
        change.staff ||= before.staff?.id !== after.staff?.id;
        for (const p of [before, after]) {
          change.chats.push(...p.viewing.map(([id]) => id));
          change.owners.push(...p.owners);
        }
      }
      return { staff: change.staff, chats: [...new Set(change.chats)], owners: [...new Set(change.owners)] };
    },
  };
}
