import { AppError } from '../../errors.js';
import type { ChatCard, ChatMessage } from '../../../shared/chat.js';
import type { ChatHub } from './chat-hub.js';
import type { StopReason } from './stream-registry.js';
import { NO_ANSWER, streamingAnswerOf } from './stream-owners.js';

/**
 * The stream of a conversation wherever it runs: here (the registry, at once) or on its owner
 * process (asked through `hub.owners`). The operations an owner answers are registered here.
 */

export const busy = () => new AppError('conflict', 'still_answering');

/**
 * An answer streams (or is being set up) in the conversation, on any process. This process's own
 * streams and reservations first (no query); then the database, which every process shares.
 */
export const answering = (hub: ChatHub, chatId: number): boolean =>
  hub.streams.get(chatId) !== undefined ||
  hub.reserved.has(chatId) ||
  streamingAnswerOf(hub.ctx.db, chatId) !== undefined;

/** What a tab joining mid-answer needs of the answer: its text and cards at `seq`. */
export interface LiveSnapshot {
  messageId: number;
  text: string;
  cards: ChatCard[];
  seq: number;
}

const snapshotOfStream = (s: LiveSnapshot): LiveSnapshot => ({
  messageId: s.messageId,
  text: s.text,
  cards: [...s.cards],
  seq: s.seq,
});

/**
 * The answer in progress as far as it has come, from this process's registry or its owner; null
 * when nothing streams or the owner did not answer (the caller keeps the stored checkpoint).
 */
export async function liveSnapshot(hub: ChatHub, chatId: number): Promise<LiveSnapshot | null> {
  const local = hub.streams.get(chatId);
  if (local) return snapshotOfStream(local);
  const row = streamingAnswerOf(hub.ctx.db, chatId);
  if (!row || row.owner === hub.ctx.instanceId) return null;
  const answer = await hub.owners.ask(row, chatId, 'snapshot');
  return answer === NO_ANSWER ? null : (answer as LiveSnapshot);
}

/**
 * Stop the conversation's answer (the shopper's Stop, a take-over, a close) and await its stored
 * end. On another process, its owner stops it and answers with the stored message. Null when nothing
 * streams, or when the owner does not answer in time: then it died (or is stuck) and the leader's
 * sweep marks the answer interrupted and pushes its end to the room within ~20 s [XSTREAM2].
 */
export async function stopStream(hub: ChatHub, chatId: number, reason: StopReason): Promise<ChatMessage | null> {
  const local = hub.streams.get(chatId);
  if (local) {
    local.abort.abort(reason);
    return local.finished;
  }
  const row = streamingAnswerOf(hub.ctx.db, chatId);
  if (!row || row.owner === hub.ctx.instanceId) return null;
  const answer = await hub.owners.ask(row, chatId, 'stop', reason);
  if (answer !== NO_ANSWER) return answer as ChatMessage;
  hub.ctx.log.warn({ chatId, messageId: row.messageId }, 'the answer’s owner did not answer a stop');
  return null;
}

/** What this process answers, as an owner, about its own streams. */
export function answerAsOwner(hub: ChatHub): void {
  hub.owners.handle('snapshot', (stream) => snapshotOfStream(stream));
  hub.owners.handle('stop', (stream, reason) => {
    stream.abort.abort(reason === 'taken-over' ? 'taken-over' : 'stopped');
    return stream.finished;
  });
}
