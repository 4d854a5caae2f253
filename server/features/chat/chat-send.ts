import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { AppSocket } from '../../socket/types.js';
import type { ChatMessage, ChatSent } from '../../../shared/chat.js';
import { routeDepartment } from '../../assistant/departments.js';
import { scoreSentiment } from '../../assistant/sentiment.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import type { AnswerTicket } from './answer-gate.js';
import { launchAnswer, reserveAnswer, startAnswer } from './chat-answer.js';
import { makeCurrent, ownChat } from './chat-conversations.js';
import { answering, busy, stopStream } from './remote-streams.js';
import type { ChatHub } from './chat-hub.js';
import { publishSummary } from './chat-status.js';
import {
  currentChatOf,
  findChat,
  insertChat,
  insertMessage,
  messageByClientId,
  messagesOf,
  REOPENED,
  shopperTexts,
  summaryOf,
  titleFrom,
  toMessage,
  updateChat,
  type ChatRow,
} from './chat.repo.js';

/** The router looks at this many first shopper messages, unless the shopper chose a department. */
const ROUTED_MESSAGES = 2;

/**
 * A message: the session's send limit, then, when the assistant will answer it, the limits per
 * address and in total (null: no answer, no ticket). Refused by either, nothing is spent or stored.
 */
async function admitAnswer(
  hub: ChatHub,
  socket: AppSocket,
  session: LiveSession,
  answered: boolean,
): Promise<AnswerTicket | null> {
  const now = hub.ctx.now();
  const verdict = await hub.sendLimiter.take(session.id, now);
  if (!verdict.ok) throw new AppError('rate_limited', 'sending_too_fast', { retryAfterMs: verdict.retryAfterMs });
  if (!answered) return null;
  try {
    return await hub.answers.admit(socket.data.address, now);
  } catch (err) {
    await hub.sendLimiter.giveBack(session.id, now);
    throw err;
  }
}

const withStaff = () => new AppError('conflict', 'staff_answering');

/** Busy on any process: this one's streams first, then the database [XSTREAM1]. */
const busyIn = answering;

/**
 * The limits are asked of the shared state, so another send may have claimed the conversation
 * while this one waited: then it is busy after all, and what was spent goes back. The caller
 * checks `busyIn` itself, in the same turn as it claims the conversation: an `await` between the
 * check and the claim would let a second send through.
 */
async function refuseClaimed(hub: ChatHub, session: LiveSession, ticket: AnswerTicket | null): Promise<never> {
  void ticket?.release();
  await hub.sendLimiter.giveBack(session.id, hub.ctx.now());
  throw busy();
}

/**
 * validate → persist → ack → notify: the shopper's message and the answer's empty row are
 * stored in one group commit and acked; the answer streams after the ack.
 */
export async function sendMessage(
  hub: ChatHub,
  socket: AppSocket,
  session: LiveSession,
  input: { chatId?: number; text: string; clientId: string },
): Promise<ChatSent> {
  const { ctx } = hub;
  let chat = input.chatId !== undefined ? ownChat(hub, session, input.chatId) : currentChatOf(ctx.db, session);
  const resent = chat && messageByClientId(ctx.db, chat.id, input.clientId);
  if (chat && resent) return { chat: summaryOf(ctx.db, chat), message: toMessage(resent) };
  if (chat && busyIn(hub, chat.id)) throw busy();
  // Every message spends the session's send allowance; one staff answer costs no assistant answer.
  const ticket = await admitAnswer(hub, socket, session, chat?.status !== 'staff');
  if (chat && busyIn(hub, chat.id)) await refuseClaimed(hub, session, ticket);
  if (chat) chat = makeCurrent(hub, session, chat);
  const sentiment = scoreSentiment(input.text);
  const before = chat;
  // The conversation whose answer this send sets up; a second send meets it as busy.
  let claimed = before?.id ?? null;
  if (claimed !== null) hub.reserved.add(claimed);
  let stored;
  try {
    stored = await hub.writes.run((tx) => {
      const now = ctx.now();
      // Read again: the write runs at the end of the loop turn, and staff may have taken over since;
      // a first message from another tab in the same turn may have started the conversation already.
      let base = before ? findChat(tx, before.id) : currentChatOf(tx, session);
      if (!before && base && busyIn(hub, base.id)) throw busy();
      base ??= insertChat(tx, session, routeDepartment([input.text]), now);
      if (claimed === null) {
        claimed = base.id;
        hub.reserved.add(claimed);
      }
      const message = insertMessage(tx, {
        chatId: base.id,
        role: 'user',
        status: 'complete',
        content: input.text,
        sentiment: sentiment.score,
        clientId: input.clientId,
        createdAt: now,
        completedAt: now,
      });
      const row = updateChat(tx, base.id, chatChange(tx, base, input.text, sentiment.frustrated, now));
      return { row, message, answer: reserveAnswer(tx, row, ctx.instanceId, now) };
    });
  } catch (err) {
    void ticket?.release();
    // The same message sent twice in one turn: the unique client id kept the first.
    const first = before && messageByClientId(ctx.db, before.id, input.clientId);
    if (first) return { chat: summaryOf(ctx.db, before), message: toMessage(first) };
    throw err;
  } finally {
    if (claimed !== null) hub.reserved.delete(claimed);
  }
  const { row, message, answer } = stored;
  try {
    return announceSent(hub, socket, session, { before, row, message, answer, ticket });
  } catch (err) {
    // Nothing below may keep an answer slot the answer will never release.
    void ticket?.release();
    throw err;
  }
}

interface Sent {
  before: ChatRow | undefined | null;
  row: ChatRow;
  message: Parameters<typeof toMessage>[0];
  answer: ReturnType<typeof reserveAnswer>;
  ticket: AnswerTicket | null;
}

/** After the commit: the pushes, and the answer launched with the ticket (or the ticket given back). */
function announceSent(
  hub: ChatHub,
  socket: AppSocket,
  session: LiveSession,
  { before, row, message, answer, ticket }: Sent,
): ChatSent {
  const { ctx } = hub;
  void socket.join(rooms.chat(row.id));
  if (!before) ctx.publish(rooms.session(session.id), 'chat:current-changed', { chatId: row.id });
  ctx.publish(rooms.chat(row.id), 'chat:message-added', { chatId: row.id, message: toMessage(message) });
  const changed =
    before && (row.department !== before.department || row.flagged !== before.flagged || row.status !== before.status);
  const summary = changed ? publishSummary(ctx, row) : summaryOf(ctx.db, row);
  // No ticket but an answer: staff handed the conversation back since the check above.
  if (answer) launchAnswer(hub, row, session, answer, ticket ?? hub.answers.track());
  else void ticket?.release();
  return { chat: summary, message: toMessage(message) };
}

/** Title, department (routed from the first messages), frustration flag, a closed conversation reopened. */
function chatChange(
  tx: Parameters<typeof messagesOf>[0],
  chat: ChatRow,
  text: string,
  frustrated: boolean,
  now: number,
): Partial<ChatRow> {
  const asked = shopperTexts(tx, chat.id, ROUTED_MESSAGES + 1);
  const route = !chat.departmentChosen && asked.length <= ROUTED_MESSAGES;
  return {
    title: chat.title || titleFrom(text),
    department: route ? routeDepartment(asked) : chat.department,
    flagged: chat.flagged || frustrated,
    // The shopper wrote: the desk has something to act on again (docs/ARCHITECTURE.md §7).
    ...(chat.status === 'closed' ? REOPENED : { deskStatus: 'open', snoozedUntil: null }),
    // A person owes a reply while one has it or it waits for one; the assistant answers otherwise.
    awaitingReplySince: chat.status === 'staff' || chat.status === 'waiting' ? (chat.awaitingReplySince ?? now) : null,
    updatedAt: now,
  };
}

/** Answer the last shopper message again, after an error or a stop. */
export async function retryAnswer(
  hub: ChatHub,
  socket: AppSocket,
  session: LiveSession,
  chatId: number,
): Promise<ChatMessage> {
  const chat = ownChat(hub, session, chatId);
  if (busyIn(hub, chat.id)) throw busy();
  if (chat.status === 'staff') throw withStaff();
  const last = messagesOf(hub.ctx.db, chat.id).findLast((r) => r.role === 'user' || r.role === 'assistant');
  if (!last || (last.role === 'assistant' && last.status === 'complete'))
    throw new AppError('conflict', 'nothing_to_retry');
  const ticket = (await admitAnswer(hub, socket, session, true))!;
  if (busyIn(hub, chat.id)) await refuseClaimed(hub, session, ticket);
  return (await startAnswer(hub, chat, session, ticket))!;
}

/** Stop the answer in progress; it is kept, marked stopped. */
export async function stopAnswer(hub: ChatHub, session: LiveSession, chatId: number): Promise<ChatMessage | null> {
  ownChat(hub, session, chatId);
  return stopStream(hub, chatId, 'stopped');
}
