import type { StaffMember } from '../../../shared/staff.js';
import type { AppServer } from '../../socket/types.js';

/**
 * Who is here, in this process (docs/ARCHITECTURE.md §1: per-process state behind a small module, to
 * move to Redis with the Socket.IO adapter): staff members online, how many tabs a shopper has
 * open, and which conversations staff watch per shopper, so a cart or order change is pushed
 * to the watchers without a query when nobody watches.
 */
export interface Presence {
  staffOnline(): StaffMember[];
  staffConnected(socketId: string, member: StaffMember): boolean;
  /** True when that was the member's last socket (the list changed). */
  staffDisconnected(socketId: string): boolean;
  /** Open tabs in the shopper's room (`user:<id>` or `session:<id>`). */
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
}

export function createPresence(io: AppServer): Presence {
  const staffSockets = new Map<string, StaffMember>();
  /** ownerRoom → chatId → watching socket ids. */
  const watchers = new Map<string, Map<number, Set<string>>>();
  /** chatId → watching socket id → typing (collision signs, [SEEN1]). */
  const viewing = new Map<number, Map<string, boolean>>();

  const members = () => {
    const byId = new Map<number, StaffMember>();
    for (const m of staffSockets.values()) byId.set(m.id, m);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  };
  const isOnline = (id: number) => [...staffSockets.values()].some((m) => m.id === id);

  return {
    staffOnline: members,
    staffConnected(socketId, member) {
      const was = isOnline(member.id);
      staffSockets.set(socketId, member);
      return !was;
    },
    staffDisconnected(socketId) {
      const member = staffSockets.get(socketId);
      staffSockets.delete(socketId);
      return member !== undefined && !isOnline(member.id);
    },
    shopperTabs: (ownerRoom) => io.sockets.adapter.rooms.get(ownerRoom)?.size ?? 0,
    watch(socketId, ownerRoom, chatId) {
      const chats = watchers.get(ownerRoom) ?? new Map<number, Set<string>>();
      watchers.set(ownerRoom, chats);
      const sockets = chats.get(chatId) ?? new Set<string>();
      chats.set(chatId, sockets.add(socketId));
      const here = viewing.get(chatId) ?? new Map<string, boolean>();
      viewing.set(chatId, here.set(socketId, here.get(socketId) ?? false));
    },
    unwatch(socketId, chatId) {
      const left: number[] = [];
      for (const [id, sockets] of viewing) {
        if ((chatId !== undefined && id !== chatId) || !sockets.delete(socketId)) continue;
        left.push(id);
        if (!sockets.size) viewing.delete(id);
      }
      for (const [room, chats] of watchers) {
        for (const [id, sockets] of chats) {
          if (chatId !== undefined && id !== chatId) continue;
          sockets.delete(socketId);
          if (!sockets.size) chats.delete(id);
        }
        if (!chats.size) watchers.delete(room);
      }
      return left;
    },
    composing(socketId, chatId, typing) {
      const sockets = viewing.get(chatId);
      if (!sockets?.has(socketId) || sockets.get(socketId) === typing) return false;
      sockets.set(socketId, typing);
      return true;
    },
    viewers(chatId) {
      const byId = new Map<number, { id: number; name: string; typing: boolean }>();
      for (const [socketId, typing] of viewing.get(chatId) ?? []) {
        const member = staffSockets.get(socketId);
        if (!member) continue;
        const seen = byId.get(member.id);
        byId.set(member.id, { id: member.id, name: member.name, typing: typing || (seen?.typing ?? false) });
      }
      return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    },
    watchedChats: (ownerRoom) => [...(watchers.get(ownerRoom)?.keys() ?? [])],
  };
}
