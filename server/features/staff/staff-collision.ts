import { refreshRow, type StaffDesk } from './staff-desk.js';

/**
 * Collision signs ([SEEN1]): who of the staff has a conversation open and who drafts in it are
 * part of its row (`viewers`), pushed coalesced like any row change. Presence keeps them per
 * socket; these are the changes that push.
 */
export function setComposing(desk: StaffDesk, socketId: string, chatId: number, typing: boolean): void {
  if (desk.presence.composing(socketId, chatId, typing)) refreshRow(desk, chatId);
}

/** The socket stopped watching these conversations (unwatch, disconnect): their viewers changed. */
export function viewersLeft(desk: StaffDesk, chatIds: readonly number[]): void {
  for (const chatId of chatIds) refreshRow(desk, chatId);
}
