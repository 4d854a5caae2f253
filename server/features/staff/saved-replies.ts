import { desc, eq } from 'drizzle-orm';
import { orders } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import { SAVED_REPLIES_MAX, type SavedReply, type SavedReplyFill } from '../../../shared/saved-replies.js';
import { fillSavedReply, type SavedReplyValues } from '../../../shared/saved-reply-fill.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { findUserById } from '../auth/users.repo.js';
import type { ChatRow } from '../chat/chat.repo.js';
import {
  countSavedReplies,
  deleteSavedReply,
  findSavedReply,
  insertSavedReply,
  listSavedReplies,
  savedReplyTitled,
  toSavedReply,
  updateSavedReply,
} from './saved-replies.repo.js';
import { firstName } from './shopper-of-chat.js';
import { staffMember, type StaffMemberRow } from './staff-actions.js';
import { recordStaffAction } from './staff-audit.js';
import type { StaffDesk } from './staff-desk.js';
import { chatOrNotFound } from './staff-watch.js';

const notFound = () => new AppError('not_found', 'saved_reply_not_found');

/** Every desk shows the same list: after each change the whole (small, capped) list goes to room staff. */
function publishList(desk: StaffDesk): void {
  desk.ctx.publish(rooms.staff(), 'staff:saved-replies-changed', listSavedReplies(desk.ctx.db));
}

/** Create (no id) or edit; the change and its record commit together ([SAVED1]). */
export function saveSavedReply(
  desk: StaffDesk,
  staff: LiveSession,
  input: { id?: number | undefined; title: string; body: string },
): SavedReply {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const now = ctx.now();
  const row = ctx.db.transaction((tx) => {
    if (input.id !== undefined && !findSavedReply(tx, input.id)) throw notFound();
    if (input.id === undefined && countSavedReplies(tx) >= SAVED_REPLIES_MAX)
      throw new AppError('conflict', 'saved_replies_full', { params: { maximum: SAVED_REPLIES_MAX } });
    const same = savedReplyTitled(tx, input.title);
    if (same && same.id !== input.id) throw new AppError('conflict', 'saved_reply_title_taken');
    const values = { title: input.title, body: input.body, by: me, now };
    const saved = input.id === undefined ? insertSavedReply(tx, values) : updateSavedReply(tx, input.id, values);
    const change = input.id === undefined ? 'create' : 'edit';
    recordStaffAction(tx, me, 'saved-reply', { detail: { savedReplyId: saved.id, change } }, now);
    return saved;
  });
  publishList(desk);
  return toSavedReply(row);
}

export function deleteSavedReplyOf(desk: StaffDesk, staff: LiveSession, id: number): null {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const now = ctx.now();
  ctx.db.transaction((tx) => {
    if (!deleteSavedReply(tx, id)) throw notFound();
    recordStaffAction(tx, me, 'saved-reply', { detail: { savedReplyId: id, change: 'delete' } }, now);
  });
  publishList(desk);
  return null;
}

/**
 * The variables' values in one conversation, read when the reply is used. Filled on the server,
 * not from the desk's copy of the detail: the shopper's latest order and its status are read
 * from the database at this moment, so a move made a second ago (by the shop, another desk, or
 * while this desk was reconnecting) is never filled in stale ([SAVED3]). The status is its code,
 * which is the shop's plain word for it ("shipped").
 */
function valuesOf(desk: StaffDesk, chat: ChatRow, me: StaffMemberRow): SavedReplyValues {
  const { db } = desk.ctx;
  const name = (chat.userId !== null ? findUserById(db, chat.userId)?.name : chat.contactName)?.trim() || null;
  const latest = db
    .select({ number: orders.number, status: orders.status })
    .from(orders)
    .where(chat.userId !== null ? eq(orders.userId, chat.userId) : eq(orders.sessionId, chat.sessionId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .get();
  return {
    'shopper.firstName': name && firstName(name),
    'shopper.name': name,
    'order.number': latest?.number ?? null,
    'order.status': latest?.status ?? null,
    'agent.firstName': me.name,
  };
}

export function fillSavedReplyFor(
  desk: StaffDesk,
  staff: LiveSession,
  input: { chatId: number; savedReplyId: number },
): SavedReplyFill {
  const me = staffMember(desk, staff);
  const chat = chatOrNotFound(desk, input.chatId);
  const reply = findSavedReply(desk.ctx.db, input.savedReplyId);
  if (!reply) throw notFound();
  return fillSavedReply(reply.body, valuesOf(desk, chat, me));
}

export const savedRepliesList = (desk: StaffDesk): SavedReply[] => listSavedReplies(desk.ctx.db);
