import { rooms } from '../../socket/rooms.js';
import type { ChatError, ChatMessage, MessageStatus } from '../../../shared/chat.js';
import {
  EngineError,
  type EngineEvent,
  type HistoryTurn,
  type TokenUsage,
  type ToolCallRecord,
} from '../../assistant/engine.js';
import { createToolBox } from '../../assistant/tools/toolbox.js';
import { buildTurn } from '../../assistant/turn.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { mailLocale } from '../locale/locale.repo.js';
import type { DbLike } from '../../db/client.js';
import type { AnswerTicket } from './answer-gate.js';
import type { ChatHub } from './chat-hub.js';
import {
  findChat,
  insertMessage,
  messagesOf,
  toMessage,
  touchChat,
  updateMessage,
  type ChatRow,
  type MessageRow,
} from './chat.repo.js';
import { abortable } from './abortable.js';
import { assistantShop, shopperFirstName } from './assistant-shop.js';
import { closeByAssistant, requestHuman } from './chat-status.js';
import type { ActiveStream, StopReason } from './stream-registry.js';
import { streamingAnswerOf } from './stream-owners.js';
import { busy } from './remote-streams.js';
import { recordTokens } from './token-budget.js';

/** An answer set up in the database (its row inserted, streaming) and not yet running. */
export interface ReservedAnswer {
  row: MessageRow;
  question: string;
  history: HistoryTurn[];
}

/**
 * Inside the transaction that stores what it answers: the assistant message, empty and
 * streaming. Null when there is nothing to answer, or when staff took the conversation over
 * (or closed it) since the caller looked: the write runs at the end of the loop turn.
 * `conflict` when an answer streams already, on any process: the check and the insert are one
 * write transaction (BEGIN IMMEDIATE), so two processes never both start one [XSTREAM1].
 */
export function reserveAnswer(db: DbLike, chat: ChatRow, owner: string, now: number): ReservedAnswer | null {
  if (streamingAnswerOf(db, chat.id)) throw busy();
  const status = findChat(db, chat.id)?.status;
  if (status === undefined || status === 'staff' || status === 'closed') return null;
  const rows = messagesOf(db, chat.id);
  const question = rows.findLast((r) => r.role === 'user');
  if (!question) return null;
  const row = insertMessage(db, {
    chatId: chat.id,
    role: 'assistant',
    status: 'streaming',
    department: chat.department,
    owner,
    heartbeatAt: now,
    createdAt: now,
  });
  return { row, question: question.content, history: historyBefore(rows, question) };
}

/**
 * Answer the conversation's last shopper message: relay what the engine yields as numbered
 * `chat:delta`s to room chat:<id>, checkpoint what was shown every ASSISTANT_CHECKPOINT_MS
 * (answer-checkpoints.ts), and write the message in full when the stream ends (complete,
 * stopped, or error with what had arrived). The stream is registered at once (a second send
 * meets it), but announced and run only when its turn in the start queue comes ([HOT2]), after
 * the request that caused it has been acked; stopped while it waits, it leaves the queue and
 * ends at once, without its start-up work. Never throws once started: every ending is stored and
 * pushed, and the answer's place (`ticket`) is given back, whichever way it ended.
 */
export function launchAnswer(
  hub: ChatHub,
  chat: ChatRow,
  session: LiveSession,
  reserved: ReservedAnswer,
  ticket: AnswerTicket,
): ChatMessage {
  const { ctx } = hub;
  const { stream, finish } = hub.streams.start(chat.id, reserved.row.id);
  const message = { ...toMessage(reserved.row), seq: 0 };
  const { signal } = stream.abort;
  const run = new Promise<boolean>((resolve) => {
    const leave = hub.starts.add(() => resolve(true));
    signal.addEventListener('abort', () => leave() && resolve(false), { once: true });
  })
    .then((started) => {
      ctx.publish(rooms.chat(chat.id), 'chat:message-added', { chatId: chat.id, message });
      if (!started) return finishAnswer(hub, stream, ending(signal, null));
      return relay(hub, chat, session, stream, reserved.history, reserved.question);
    })
    .catch((err: unknown): ChatMessage => {
      // The final write failed (the disk, a shutdown): the stream must still end, or the
      // conversation would refuse every message until a restart.
      ctx.log.error({ err, chatId: chat.id }, 'answer could not be finished');
      return { ...message, status: 'error', error: { code: 'internal' } };
    })
    .then(finish)
    // `run` settles once the place is given back in the shared state too, whichever way it ended.
    .then(
      () => ticket.release(),
      () => ticket.release(),
    )
    .finally(() => hub.pending.delete(run));
  hub.pending.add(run);
  return message;
}

/** Reserve and launch in one go (a retry, a hand-back): the caller has checked nothing streams. */
export async function startAnswer(
  hub: ChatHub,
  chat: ChatRow,
  session: LiveSession,
  ticket: AnswerTicket,
): Promise<ChatMessage | null> {
  hub.reserved.add(chat.id);
  let launched: ChatMessage | null = null;
  try {
    const reserved = await hub.writes.run((tx) => reserveAnswer(tx, chat, hub.ctx.instanceId, hub.ctx.now()));
    launched = reserved && launchAnswer(hub, chat, session, reserved, ticket);
    return launched;
  } finally {
    if (!launched) void ticket.release();
    hub.reserved.delete(chat.id);
  }
}

/** Earlier messages the shopper saw, oldest first (errors and notes left out). */
function historyBefore(rows: MessageRow[], question: MessageRow): HistoryTurn[] {
  return rows
    .filter((r) => r.id < question.id && (r.role === 'user' || r.role === 'assistant' || r.role === 'staff'))
    .filter((r) => r.status === 'complete' || r.status === 'stopped')
    .map((r) => ({ role: r.role as HistoryTurn['role'], content: r.content, cards: r.cards }));
}

async function relay(
  hub: ChatHub,
  chat: ChatRow,
  session: LiveSession,
  stream: ActiveStream,
  history: HistoryTurn[],
  userText: string,
): Promise<ChatMessage> {
  const { ctx, assistant } = hub;
  const room = rooms.chat(chat.id);
  const calls: ToolCallRecord[] = [];
  const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
  let failure: ChatError | null = null;
  let ended = false;
  const tools = createToolBox(
    {
      shop: assistantShop(ctx, session),
      log: ctx.log,
      chatId: chat.id,
      messageId: stream.messageId,
      requestHuman: (reason) => requestHuman(hub, chat.id, reason),
    },
    chat.department,
  );
  const { signal } = stream.abort;
  try {
    const turn = await buildTurn({
      department: chat.department,
      userText,
      history,
      historyTurns: assistant.historyTurns,
      tools,
      knowledge: assistant.knowledge,
      signal,
      now: ctx.now(),
      conversation: { id: chat.id, shopperFirstName: shopperFirstName(ctx, session) },
      // The shop's language for this shopper, as their emails take it: the account's, else the session's.
      shopLanguage: mailLocale(ctx.db, { userId: session.userId, sessionId: session.id }),
    });
    for await (const event of abortable<EngineEvent>(assistant.engine.reply(turn), signal)) {
      if (event.type === 'text' && event.text) {
        stream.text += event.text;
        ctx.publish(room, 'chat:delta', {
          chatId: chat.id,
          messageId: stream.messageId,
          seq: ++stream.seq,
          kind: 'text',
          text: event.text,
        });
        hub.checkpoints.shown(stream);
      } else if (event.type === 'card') {
        stream.cards.push(event.card);
        ctx.publish(room, 'chat:delta', {
          chatId: chat.id,
          messageId: stream.messageId,
          seq: ++stream.seq,
          kind: 'card',
          card: event.card,
        });
        hub.checkpoints.shown(stream);
      } else if (event.type === 'tool') calls.push(event.call);
      else if (event.type === 'usage') {
        usage.promptTokens += event.usage.promptTokens;
        usage.completionTokens += event.usage.completionTokens;
      } else if (event.type === 'english') stream.english = event.english;
      else if (event.type === 'end') ended = true;
    }
  } catch (err) {
    if (!signal.aborted) failure = toChatError(hub, err, chat.id);
  }
  const message = await finishAnswer(hub, stream, ending(signal, failure, calls, usage));
  // The engine ended the conversation ([VF5]): closed once the answer that said so is stored.
  if (ended && message.status === 'complete') closeByAssistant(hub, chat.id);
  return message;
}

/** How a stream ended: complete, stopped (by the shopper, or taken over), or an error (a shutdown's is `interrupted`). */
function ending(
  signal: AbortSignal,
  failure: ChatError | null,
  calls: ToolCallRecord[] = [],
  usage: TokenUsage = { promptTokens: 0, completionTokens: 0 },
): Ending {
  const reason = signal.aborted ? (signal.reason as StopReason) : null;
  const end = reason === 'shutdown' ? { code: 'interrupted' as const } : failure;
  const status: MessageStatus = end ? 'error' : reason ? 'stopped' : 'complete';
  return { status, calls, usage, failure: end };
}

function toChatError(hub: ChatHub, err: unknown, chatId: number): ChatError {
  if (err instanceof EngineError) {
    hub.ctx.log.warn({ err, chatId }, 'assistant engine failed');
    return { code: err.code };
  }
  hub.ctx.log.error({ err, chatId }, 'assistant answer failed');
  return { code: 'internal' };
}

interface Ending {
  status: MessageStatus;
  calls: ToolCallRecord[];
  usage: TokenUsage;
  failure: ChatError | null;
}

/**
 * The final write of the answer (group-committed with whatever else ends in this turn, after
 * any checkpoint queued before it), then `chat:done` or `chat:error` to the room. Cards are
 * read when the write runs, so a proposal answered meanwhile is stored answered.
 */
async function finishAnswer(hub: ChatHub, stream: ActiveStream, end: Ending): Promise<ChatMessage> {
  const { ctx } = hub;
  const tokens = end.usage.promptTokens + end.usage.completionTokens;
  const counted = tokens > 0;
  const row = await hub.writes.run((tx) => {
    const now = ctx.now();
    recordTokens(tx, tokens, now);
    touchChat(tx, stream.chatId, now);
    return updateMessage(tx, stream.messageId, {
      content: stream.text,
      cards: stream.cards,
      ...(stream.english ? { english: stream.english } : {}),
      toolCalls: end.calls,
      status: end.status,
      errorCode: end.failure?.code ?? null,
      promptTokens: counted ? end.usage.promptTokens : null,
      completionTokens: counted ? end.usage.completionTokens : null,
      completedAt: now,
    });
  });
  if (!row) {
    // Deleted meanwhile with its account: nobody is left to tell.
    return {
      id: stream.messageId,
      role: 'assistant',
      content: stream.text,
      status: end.status,
      cards: stream.cards,
      createdAt: new Date(ctx.now()).toISOString(),
    };
  }
  const message = toMessage(row);
  const room = rooms.chat(stream.chatId);
  if (end.failure) ctx.publish(room, 'chat:error', { chatId: stream.chatId, message, error: end.failure });
  else ctx.publish(room, 'chat:done', { chatId: stream.chatId, message });
  return message;
}
