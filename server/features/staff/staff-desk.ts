import type { AppContext } from '../../context.js';
import { rooms } from '../../socket/rooms.js';
import type { Cart } from '../../../shared/cart.js';
import type { Order } from '../../../shared/orders.js';
import type { ChatHub } from '../chat/chat-hub.js';
import type { Presence } from './presence.js';
import { createCoalescedPushes, type CoalescedPushes } from './coalesced-pushes.js';
import { createFoundOrders, type FoundOrders } from './found-orders.js';
import { assignByRoundRobin } from './round-robin.js';
import { openChatsOf, publishRows, staffRow } from './staff-board.js';

/** What the staff console's parts share. */
export interface StaffDesk {
  ctx: AppContext;
  hub: ChatHub;
  presence: Presence;
  /** Per staff member gone offline: the timer that hands their conversations on if they stay away. */
  awayTimers: Map<number, ReturnType<typeof setTimeout>>;
  /** Set when the app closes: sockets disconnecting during the close must not start new timers. */
  stopped: boolean;
  /** Row and presence pushes: at most one rows frame (and one presence push) per STAFF_PUSH_WINDOW_MS. */
  pushes: CoalescedPushes;
  /** Orders each staff socket found by searching (one of the ways it may move an order). */
  foundOrders: FoundOrders;
}

/** A reload or a dropped connection is not leaving: conversations are handed on after this long away. */
export const STAFF_AWAY_MS = 2 * 60_000;

export function stopStaffDesk(desk: StaffDesk): void {
  desk.stopped = true;
  for (const timer of desk.awayTimers.values()) clearTimeout(timer);
  desk.awayTimers.clear();
  desk.pushes.stop();
}

const SHOPPER_ROOM = /^(user|session):/;
const CHAT_ROOM = /^chat:(\d+)$/;
/** What changes a conversation's row: its summary, a new message, an answer's end. */
const ROW_EVENTS = new Set(['chat:updated', 'chat:done', 'chat:error', 'chat:message-added']);

/**
 * The console follows the shop through what it publishes (no feature knows about staff): a
 * shopper's cart or order change goes on to the staff watching that shopper's conversations,
 * and a conversation's change refreshes its row in every console. A hand-off comes through the
 * chat's own events (chat-events.ts).
 */
export function createStaffDesk(hub: ChatHub, presence: Presence): StaffDesk {
  const { ctx } = hub;
  const pushes = createCoalescedPushes(ctx.config.STAFF_PUSH_WINDOW_MS, (err) =>
    ctx.log.error({ err }, 'staff console push failed'),
  );
  const desk: StaffDesk = {
    ctx,
    hub,
    presence,
    awayTimers: new Map(),
    stopped: false,
    pushes,
    foundOrders: createFoundOrders(),
  };
  // A hand-off is alerted to every console at once, with the row as the console shows it
  // (assigned first when DESK_ROUND_ROBIN is on).
  hub.events.on('handoff-requested', (chat) =>
    ctx.publish(rooms.staff(), 'staff:handoff-requested', staffRow(ctx, presence, assignByRoundRobin(desk, chat))),
  );
  // Every publish passes here, each chat:delta too: compare the event name before anything else.
  hub.ctx.observe((room, event, payload) => {
    if (event === 'cart:updated' || event === 'order:updated') {
      if (SHOPPER_ROOM.test(room)) shopperChanged(desk, room, event, payload);
    } else if (ROW_EVENTS.has(event)) {
      const chat = CHAT_ROOM.exec(room);
      if (chat) refreshRow(desk, Number(chat[1]));
    }
  });
  return desk;
}

function shopperChanged(
  desk: StaffDesk,
  room: string,
  event: 'cart:updated' | 'order:updated',
  payload: unknown,
): void {
  for (const chatId of desk.presence.watchedChats(room)) {
    if (event === 'cart:updated')
      desk.ctx.publish(rooms.staffWatch(chatId), 'staff:shopper-cart', { chatId, cart: payload as Cart });
    else desk.ctx.publish(rooms.staffWatch(chatId), 'staff:shopper-order', { chatId, order: payload as Order });
  }
  if (event === 'cart:updated') refreshShopper(desk, room);
}

/** The shopper's cart value or open tabs changed: their open conversations' rows. */
export function refreshShopper(desk: StaffDesk, ownerRoom: string): void {
  if (desk.presence.staffOnline().length === 0) return;
  for (const chat of openChatsOf(desk.ctx, ownerRoom)) refreshRow(desk, chat.id);
}

/**
 * The conversation's row as it is when the push goes out, in the window's one `staff:conversations`
 * frame with every other row changed meanwhile, each once ([PUSH3], coalesced-pushes.ts).
 */
export function refreshRow(desk: StaffDesk, chatId: number): void {
  if (desk.presence.staffOnline().length === 0) return;
  desk.pushes.gather('rows', chatId, (chatIds) => publishRows(desk.ctx, desk.presence, chatIds));
}

/**
 * Presence from the shared state ([XPRES4]): what it changed (a process died, its members lapsed)
 * is pushed as any change is. Each process pushes what it finds; the rows are the same.
 */
export async function syncPresence(desk: StaffDesk): Promise<void> {
  const { staff, chats, owners } = await desk.presence.sync();
  if (desk.stopped) return;
  if (staff) announceStaffOnline(desk);
  for (const chatId of chats) refreshRow(desk, chatId);
  for (const owner of owners) refreshShopper(desk, owner);
}

/** The list of staff online, as it is when the push goes out. */
export function announceStaffOnline(desk: StaffDesk): void {
  desk.pushes.push('staff-online', () =>
    desk.ctx.publish(rooms.staff(), 'staff:presence', desk.presence.staffOnline()),
  );
}
