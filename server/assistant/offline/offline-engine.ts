import type { Engine, EngineEvent, Turn } from '../engine.js';
import type { Knowledge } from '../knowledge/passages.js';
import { answer } from './answer.js';
import { detectIntent } from './intent.js';
import { recall } from './memory.js';
import type { ReplyContext } from './reply-context.js';
import { streamText } from './stream.js';

export interface OfflineEngineOptions {
  knowledge: Knowledge;
  /** Delay between streamed pieces (ASSISTANT_PACE_MS); 0 in tests. */
  paceMs: number;
}

/**
 * The built-in support agent (issue 5 §3): no network. It reads the intent of the message,
 * resolves follow-ups from the conversation's cards, gets every shop fact through the turn's
 * tools (so prices are the catalog's, statuses the real ones, and identity scoping holds),
 * composes policies and fixes from the support guide, and streams the answer a word or two at a time.
 */
export function createOfflineEngine(options: OfflineEngineOptions): Engine {
  return {
    name: 'offline',
    async *reply(turn: Turn): AsyncGenerator<EngineEvent> {
      const memory = recall(turn.history);
      const { intent, slots } = detectIntent(turn.userText, {
        focus: memory.focus !== undefined || memory.group.length > 0,
        previous: memory.lastUser?.intent,
      });
      const ctx: ReplyContext = { turn, knowledge: options.knowledge, intent, slots, memory, events: [] };
      const text = await answer(ctx);
      for (const event of ctx.events) {
        if (turn.signal.aborted) return;
        yield event;
      }
      yield* streamText(text, options.paceMs, turn.signal);
    },
  };
}
