import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { chats } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { ChatMessage } from '../../../shared/chat.js';
import type { StaffConversation } from '../../../shared/staff.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { findUserById } from '../auth/users.repo.js';
import { startAnswer } from '../chat/chat-answer.js';
import { addSystemNote, publishSummary } from '../chat/chat-status.js';
import {
  findChat,
  insertMessage,
  messageByClientId,
  messagesOf,
  toMessage,
  updateChat,
  type ChatRow,
} from '../chat/chat.repo.js';
import { markCallbackHandled } from './callbacks.js';
import { offerRating } from './ratings.js';
import { recordStaffAction } from './staff-audit.js';
import { staffRow } from './staff-board.js';
import type { StaffDesk } from './staff-desk.js';
import { chatOrNotFound } from './staff-watch.js';
import { firstName, shopperSession } from './shopper-of-chat.js';
import { queueReplyMail } from './reply-mail.js';
import { answering, stopStream } from '../chat/remote-streams.js';

export interface StaffMemberRow {
  id: number;
  name: string;
}

export function staffMember(desk: StaffDesk, staff: LiveSession): StaffMemberRow {
  const user = staff.userId === null ? undefined : findUserById(desk.ctx.db, staff.userId);
  if (!user) throw new AppError('unauthorized');
  return { id: user.id, name: firstName(user.name) };
}

/** Only the assignee speaks for VisionX in a conversation. */
export function assignedChat(desk: StaffDesk, me: StaffMemberRow, chatId: number): ChatRow {
  const chat = chatOrNotFound(desk, chatId);
  if (chat.status !== 'staff' || chat.assigneeId !== me.id) {
    if (chat.status !== 'staff') throw new AppError('conflict', 'take_over_first');
    throw chat.assigneeName
      ? new AppError('conflict', 'taken_by', { params: { name: chat.assigneeName } })
      : new AppError('conflict', 'taken_by_someone');
  }
  return chat;
}

const changed = (desk: StaffDesk, row: ChatRow): StaffConversation => {
  publishSummary(desk.ctx, row);
  return staffRow(desk.ctx, desk.presence, row);
};

/** Stop the assistant's answer in progress (kept, marked stopped) before staff speak. */
async function silenceAssistant(desk: StaffDesk, chatId: number): Promise<void> {
  // On whichever process relays it [XSTREAM2]; an owner that does not answer is left to the sweep.
  await stopStream(desk.hub, chatId, 'taken-over');
}

/**
 * Who may claim a conversation as it was read: nobody has it, I have it, or its assignee has
 * gone offline (a conversation must not stay stuck with someone who left). As a WHERE clause,
 * so the check and the claim are one statement.
 */
function claimable(desk: StaffDesk, before: ChatRow, me: StaffMemberRow) {
  const holder = before.assigneeId;
  const away = holder !== null && holder !== me.id && !desk.presence.staffOnline().some((m) => m.id === holder);
  return and(
    eq(chats.id, before.id),
    or(isNull(chats.assigneeId), eq(chats.assigneeId, me.id), away ? eq(chats.assigneeId, holder) : undefined),
  );
}

const heldBy = (desk: StaffDesk, chatId: number) => {
  const name = findChat(desk.ctx.db, chatId)?.assigneeName;
  return name
    ? new AppError('conflict', 'taken_by', { params: { name } })
    : new AppError('conflict', 'taken_by_someone_else');
};

/**
 * Take over: one conditional UPDATE decides between staff taking over at once, so exactly one
 * wins and the other is told who has it. The assistant stops at once, even mid-answer.
 */
export async function takeOver(desk: StaffDesk, staff: LiveSession, chatId: number): Promise<StaffConversation> {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const before = chatOrNotFound(desk, chatId);
  if (before.status === 'closed') throw new AppError('conflict', 'conversation_closed');
  if (before.status === 'staff' && before.assigneeId === me.id) return staffRow(ctx, desk.presence, before);
  const now = ctx.now();
  const won = ctx.db.transaction((tx) => {
    const changes = tx
      .update(chats)
      .set({
        status: 'staff',
        assigneeId: me.id,
        assigneeName: me.name,
        waitingSince: null,
        staffJoinedAt: sql`coalesce(${chats.staffJoinedAt}, ${now})`,
        updatedAt: now,
      })
      .where(and(claimable(desk, before, me), ne(chats.status, 'closed')))
      .run().changes;
    if (changes) recordStaffAction(tx, me, 'take-over', { chatId }, now);
    return changes;
  });
  if (!won) throw heldBy(desk, chatId);
  await silenceAssistant(desk, chatId);
  addSystemNote(ctx, chatId, `${me.name} from VisionX support joined.`);
  return changed(desk, findChat(ctx.db, chatId)!);
}

export function reply(
  desk: StaffDesk,
  staff: LiveSession,
  input: { chatId: number; text: string; clientId: string },
): ChatMessage {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const chat = assignedChat(desk, me, input.chatId);
  const resent = messageByClientId(ctx.db, chat.id, input.clientId);
  if (resent) return toMessage(resent);
  const now = ctx.now();
  const row = ctx.db.transaction((tx) => {
    updateChat(tx, chat.id, { updatedAt: now, firstResponseAt: chat.firstResponseAt ?? now, awaitingReplySince: null });
    const message = insertMessage(tx, {
      chatId: chat.id,
      role: 'staff',
      status: 'complete',
      content: input.text,
      authorName: me.name,
      clientId: input.clientId,
      createdAt: now,
      completedAt: now,
    });
    recordStaffAction(tx, me, 'reply', { chatId: chat.id, detail: { messageId: message.id } }, now);
    markCallbackHandled(tx, chat.id, now);
    queueReplyMail(desk, tx, chat, message, me.name, now);
    return message;
  });
  const message = toMessage(row);
  ctx.publish(rooms.chat(chat.id), 'chat:message-added', { chatId: chat.id, message });
  return message;
}

/** Back to the assistant; a shopper question left unanswered is answered now. */
export async function handBack(desk: StaffDesk, staff: LiveSession, chatId: number): Promise<StaffConversation> {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const chat = assignedChat(desk, me, chatId);
  const now = ctx.now();
  const row = ctx.db.transaction((tx) => {
    recordStaffAction(tx, me, 'hand-back', { chatId }, now);
    return updateChat(tx, chat.id, {
      status: 'ai',
      assigneeId: null,
      assigneeName: null,
      awaitingReplySince: null,
      updatedAt: now,
    });
  });
  addSystemNote(ctx, chat.id, 'The VisionX assistant is back in this conversation.');
  const last = messagesOf(ctx.db, chat.id).findLast(
    (m) => m.role === 'user' || m.role === 'assistant' || m.role === 'staff',
  );
  const unanswered = last?.role === 'user' && !answering(desk.hub, chat.id);
  // Past the day's token budget the question waits: the shopper's next message is told why.
  if (unanswered && desk.hub.answers.budgetLeft(ctx.now()))
    await startAnswer(desk.hub, row, shopperSession(row), desk.hub.answers.track());
  return changed(desk, row);
}

/**
 * Close with a resolution note (the assignee, or anyone while nobody, or nobody online, has it).
 * The conditional write comes first, so a take-over racing it either wins before (and the close
 * is refused) or finds the conversation closed.
 */
export async function closeConversation(
  desk: StaffDesk,
  staff: LiveSession,
  input: { chatId: number; resolution: string },
): Promise<StaffConversation> {
  const { ctx } = desk;
  const me = staffMember(desk, staff);
  const chat = chatOrNotFound(desk, input.chatId);
  if (chat.status === 'closed') throw new AppError('conflict', 'conversation_already_closed');
  const now = ctx.now();
  const closed = ctx.db.transaction((tx) => {
    const row = tx
      .update(chats)
      .set({
        status: 'closed',
        deskStatus: 'resolved',
        snoozedUntil: null,
        closedAt: now,
        // A person resolved it: it no longer counts as the assistant's alone.
        staffJoinedAt: sql`coalesce(${chats.staffJoinedAt}, ${now})`,
        resolution: input.resolution,
        assigneeId: null,
        assigneeName: null,
        waitingSince: null,
        awaitingReplySince: null,
        updatedAt: now,
      })
      .where(and(claimable(desk, chat, me), ne(chats.status, 'closed')))
      .returning()
      .get();
    if (row) recordStaffAction(tx, me, 'close', { chatId: chat.id }, now);
    if (row) markCallbackHandled(tx, chat.id, now);
    return row;
  });
  if (!closed) throw heldBy(desk, chat.id);
  await silenceAssistant(desk, chat.id);
  addSystemNote(
    ctx,
    chat.id,
    `${me.name} from VisionX support closed this conversation. Write again any time to reopen it.`,
  );
  offerRating(ctx, chat.id);
  return changed(desk, closed);
}

/**
 * A staff member left (their last socket closed some time ago and they did not come back):
 * their conversations wait for a person again, the shopper is told, and the assistant helps
 * meanwhile, instead of staying with someone who is gone.
 */
export function releaseConversationsOf(desk: StaffDesk, memberId: number): void {
  const { ctx } = desk;
  const now = ctx.now();
  const released = ctx.db
    .update(chats)
    .set({
      status: 'waiting',
      assigneeId: null,
      assigneeName: null,
      waitingSince: now,
      deskStatus: 'open',
      snoozedUntil: null,
      // The shopper still waits for a person: the response clock keeps running (or starts).
      awaitingReplySince: sql`coalesce(${chats.awaitingReplySince}, ${now})`,
      updatedAt: now,
    })
    .where(and(eq(chats.assigneeId, memberId), eq(chats.status, 'staff')))
    .returning()
    .all();
  for (const chat of released) {
    addSystemNote(
      ctx,
      chat.id,
      'The member of our team who was helping you had to leave. We have asked another one to join; the assistant can help in the meantime.',
    );
    changed(desk, chat);
    // As any hand-off: the desks are alerted (and round-robin, when on, gives it to someone here).
    desk.hub.events.emit('handoff-requested', chat);
  }
}
