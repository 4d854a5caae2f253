import type { Engine, EngineEvent, Turn } from '../engine.js';
import type { Knowledge } from '../knowledge/passages.js';
import type { IntentClassifier } from '../nlu/classifier.js';
import { loadLanguageDetector } from '../../nlu/language.js';
import { sharedIntentClassifier } from '../nlu/shared-classifier.js';
import { understand } from '../understanding/understand.js';
import { answer } from './answer.js';
import { recall } from './memory.js';
import type { ReplyContext } from './reply-context.js';
import { streamText } from './stream.js';
import { englishTurn } from '../translation/english-turn.js';
import { createTranslator, type Translator } from '../translation/translator.js';

export interface OfflineEngineOptions {
  knowledge: Knowledge;
  /** Delay between streamed pieces (ASSISTANT_PACE_MS); 0 in tests. */
  paceMs: number;
  /** The trained intent classifier; the one trained on the project's corpus when omitted. */
  classifier?: Promise<IntentClassifier>;
  /** French, German and Spanish to and from the engine's English (the shop's guide and templates when omitted). */
  translator?: Translator;
}

/**
 * The built-in support agent: no network. It understands the message (language, a trained
 * intent classifier, entities, safety and scam checks first), resolves genuine follow-ups from
 * the conversation, gets every shop fact through the turn's tools (so prices are the catalog's,
 * statuses the real ones, and identity scoping holds), composes policies and fixes from the
 * support guide, and streams the answer a word or two at a time.
 */
export function createOfflineEngine(options: OfflineEngineOptions): Engine {
  const classifier = options.classifier ?? sharedIntentClassifier();
  const bridge = options.translator ?? createTranslator();
  // Every message is read for its language: the detector loads beside the training, not on the first message.
  loadLanguageDetector().catch(() => {});
  return {
    name: 'offline',
    async *reply(shoppers: Turn): AsyncGenerator<EngineEvent> {
      // French, German and Spanish are understood and answered through the engine's English.
      const language = shoppers.language ?? 'en';
      const turn = language === 'en' ? shoppers : await englishTurn(shoppers, language, bridge, options.knowledge);
      const memory = recall(turn.history);
      const model = await classifier;
      // The previous message is read in the light of the one before it, as it was when it was answered
      // ("go on, the black one" after "what should I replace it with?" after a charger that whined).
      const before = memory.userBeforeLast;
      const beforeThat = before ? { ...before, intent: (await understand(model, before.text)).intent } : undefined;
      const last = memory.lastUser;
      const previous = last
        ? { text: last.text, slots: last.slots, intent: (await understand(model, last.text, beforeThat)).intent }
        : undefined;
      const understanding = await understand(model, turn.userText, previous);
      const ctx: ReplyContext = {
        turn,
        knowledge: options.knowledge,
        understanding,
        slots: understanding.slots,
        memory,
        events: [],
      };
      const english = await answer(ctx);
      const text = language === 'en' ? english : bridge.fromEnglish(english, language).text;
      if (language !== 'en') yield { type: 'english', english: { question: turn.userText, answer: english } };
      for (const event of ctx.events) {
        if (turn.signal.aborted) return;
        yield event;
      }
      yield* streamText(text, options.paceMs, turn.signal);
    },
  };
}
