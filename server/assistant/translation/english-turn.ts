import type { Turn } from '../engine.js';
import { messageLanguage } from '../turn.js';
import type { Knowledge } from '../knowledge/passages.js';
import type { OtherLanguage, Translator } from './translator.js';

/**
 * The turn as the built-in engine reads it when the shopper writes French, German or Spanish:
 * the message and the shopper's earlier ones in English (each by its own language, so an English
 * "a" is never read as French "a"), and the guide's passages found for that English.
 */
export async function englishTurn(
  turn: Turn,
  language: OtherLanguage,
  translator: Translator,
  knowledge: Knowledge,
): Promise<Turn> {
  const userText = translator.toEnglish(turn.userText, language);
  const history = await Promise.all(
    turn.history.map(async (h) => {
      if (h.role !== 'user') return h;
      const own = await messageLanguage(h.content, language);
      return own === 'en' ? h : { ...h, content: translator.toEnglish(h.content, own) };
    }),
  );
  const lastUser = [...history].reverse().find((h) => h.role === 'user')?.content ?? '';
  const passages = knowledge.search(
    `${userText} ${userText.split(/\s+/).length < 6 ? lastUser : ''}`.trim(),
    turn.passages.length || 4,
  );
  return { ...turn, userText, history, passages };
}
