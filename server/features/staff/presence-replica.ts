import type { SocketPresence, StaffMember } from '../../../shared/staff.js';

export type { SocketPresence };

export const EMPTY_PRESENCE: SocketPresence = { owners: [], viewing: [] };

const isEmpty = (p: SocketPresence) => !p.staff && p.owners.length === 0 && p.viewing.length === 0;

/**
 * Every socket's presence this process knows, keyed `<process>:<socket id>`: its own sockets and
 * a replica of the others' (presence.ts keeps it current). The reads are synchronous and
 * indexed, so the desk's overview reads presence per row without asking anyone ([XPRES5]).
 */
export function createPresenceReplica() {
  const sockets = new Map<string, SocketPresence>();
  const tabs = new Map<string, number>();
  /** chat id → keys of the sockets viewing it. */
  const viewing = new Map<number, Set<string>>();
  /** shopper room → chat id → sockets watching that conversation of theirs. */
  const watched = new Map<string, Map<number, number>>();

  const count = <K>(map: Map<K, number>, key: K, by: number) => {
    const n = (map.get(key) ?? 0) + by;
    if (n > 0) map.set(key, n);
    else map.delete(key);
  };
  const index = (key: string, p: SocketPresence, by: 1 | -1) => {
    for (const room of p.owners) count(tabs, room, by);
    for (const [chatId, owner] of p.viewing) {
      const keys = viewing.get(chatId) ?? new Set<string>();
      if (by > 0) viewing.set(chatId, keys.add(key));
      else if (keys.delete(key) && keys.size === 0) viewing.delete(chatId);
      const chats = watched.get(owner) ?? new Map<number, number>();
      count(chats, chatId, by);
      if (chats.size) watched.set(owner, chats);
      else watched.delete(owner);
    }
  };

  return {
    get: (key: string): SocketPresence => sockets.get(key) ?? EMPTY_PRESENCE,
    keys: () => sockets.keys(),
    /** Replace the socket's presence (empty: it is gone). */
    put(key: string, p: SocketPresence) {
      const before = sockets.get(key);
      if (before) index(key, before, -1);
      if (isEmpty(p)) sockets.delete(key);
      else {
        sockets.set(key, p);
        index(key, p, 1);
      }
    },
    staffOnline(): StaffMember[] {
      const byId = new Map<number, StaffMember>();
      for (const { staff } of sockets.values()) if (staff) byId.set(staff.id, staff);
      return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    isOnline: (id: number) => [...sockets.values()].some((p) => p.staff?.id === id),
    shopperTabs: (ownerRoom: string) => tabs.get(ownerRoom) ?? 0,
    viewers(chatId: number) {
      const byId = new Map<number, { id: number; name: string; typing: boolean }>();
      for (const key of viewing.get(chatId) ?? []) {
        const { staff, viewing: open } = sockets.get(key)!;
        if (!staff) continue;
        const typing = open.some(([id, , drafting]) => id === chatId && drafting);
        const seen = byId.get(staff.id);
        byId.set(staff.id, { id: staff.id, name: staff.name, typing: typing || (seen?.typing ?? false) });
      }
      return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    },
    watchedChats: (ownerRoom: string) => [...(watched.get(ownerRoom)?.keys() ?? [])],
  };
}

export type PresenceReplica = ReturnType<typeof createPresenceReplica>;
