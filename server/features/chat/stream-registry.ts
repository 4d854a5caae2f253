import type { ChatCard, ChatMessage, EnglishRendering } from '../../../shared/chat.js';

/** Why a stream ended early. */
export type StopReason = 'stopped' | 'taken-over' | 'shutdown';

/** An answer being streamed: the text and cards so far, numbered by `seq`. */
export interface ActiveStream {
  readonly chatId: number;
  readonly messageId: number;
  seq: number;
  text: string;
  cards: ChatCard[];
  /** The exchange in English, when the engine gave one ([LANG7]). */
  english?: EnglishRendering;
  readonly abort: AbortController;
  /** Settles with the stored message when the stream has ended and been written. */
  readonly finished: Promise<ChatMessage>;
}

/**
 * The streams in progress in this process (docs/ARCHITECTURE.md §1: per-process state behind a small
 * module, so it can move to Redis). A tab that joins mid-answer is given `text` at `seq`,
 * then follows the deltas with higher numbers. At most one stream per conversation.
 */
export interface StreamRegistry {
  start(chatId: number, messageId: number): { stream: ActiveStream; finish(message: ChatMessage): void };
  get(chatId: number): ActiveStream | undefined;
  all(): ActiveStream[];
}

export function createStreamRegistry(): StreamRegistry {
  const streams = new Map<number, ActiveStream>();
  return {
    start(chatId, messageId) {
      if (streams.has(chatId)) throw new Error(`chat ${chatId} is already streaming`);
      let settle!: (m: ChatMessage) => void;
      const finished = new Promise<ChatMessage>((resolve) => (settle = resolve));
      const stream: ActiveStream = {
        chatId,
        messageId,
        seq: 0,
        text: '',
        cards: [],
        abort: new AbortController(),
        finished,
      };
      streams.set(chatId, stream);
      return {
        stream,
        finish(message) {
          if (streams.get(chatId) === stream) streams.delete(chatId);
          settle(message);
        },
      };
    },
    get: (chatId) => streams.get(chatId),
    all: () => [...streams.values()],
  };
}
