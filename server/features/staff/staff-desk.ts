import type { AppContext } from '../../context.js';
import { rooms } from '../../socket/rooms.js';
import type { Cart } from '../../../shared/cart.js';
import type { Order } from '../../../shared/orders.js';
import type { ChatHub } from '../chat/chat-hub.js';
import { findChat } from '../chat/chat.repo.js';
import type { Presence } from './presence.js';
import { openChatsOf, publishRow } from './staff-board.js';

/** What the staff console's parts share. */
export interface StaffDesk {
  ctx: AppContext;
  hub: ChatHub;
  presence: Presence;
}

const SHOPPER_ROOM = /^(user|session):/;
const CHAT_ROOM = /^chat:(\d+)$/;

/**
 * The console follows the shop through what it publishes (no feature knows about staff): a
 * shopper's cart or order change goes on to the staff watching that shopper's conversations,
 * and a conversation's change refreshes its row in every console.
 */
export function createStaffDesk(hub: ChatHub): StaffDesk {
  const desk = { ctx: hub.ctx, hub, presence: hub.presence };
  hub.ctx.observe((room, event, payload) => {
    if (SHOPPER_ROOM.test(room) && (event === 'cart:updated' || event === 'order:updated')) shopperChanged(desk, room, event, payload);
    const chat = CHAT_ROOM.exec(room);
    if (chat && (event === 'chat:updated' || event === 'chat:done' || event === 'chat:error' || event === 'chat:message-added')) refreshRow(desk, Number(chat[1]));
  });
  return desk;
}

function shopperChanged(desk: StaffDesk, room: string, event: 'cart:updated' | 'order:updated', payload: unknown): void {
  for (const chatId of desk.presence.watchedChats(room)) {
    if (event === 'cart:updated') desk.ctx.publish(rooms.staffWatch(chatId), 'staff:shopper-cart', { chatId, cart: payload as Cart });
    else desk.ctx.publish(rooms.staffWatch(chatId), 'staff:shopper-order', { chatId, order: payload as Order });
  }
  if (event === 'cart:updated') refreshShopper(desk, room);
}

/** The shopper's cart value or open tabs changed: their open conversations' rows. */
export function refreshShopper(desk: StaffDesk, ownerRoom: string): void {
  if (desk.presence.staffOnline().length === 0) return;
  for (const chat of openChatsOf(desk.ctx, ownerRoom)) publishRow(desk.ctx, desk.presence, chat);
}

function refreshRow(desk: StaffDesk, chatId: number): void {
  if (desk.presence.staffOnline().length === 0) return;
  const chat = findChat(desk.ctx.db, chatId);
  if (chat) publishRow(desk.ctx, desk.presence, chat);
}
