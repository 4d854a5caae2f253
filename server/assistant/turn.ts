import type { Department } from '../../shared/chat.js';
import { guessLanguage, type Language } from '../nlu/language.js';
import { mostlyKnownWords } from './translation/known-words.js';

const OTHER_LANGUAGES = ['fr', 'de', 'es'] as const;
import type { HistoryTurn, Turn, TurnConversation } from './engine.js';
import type { Knowledge } from './knowledge/passages.js';
import { scoreSentiment } from './sentiment.js';
import { systemPrompt } from './system-prompt.js';
import type { ToolBox } from './tools/toolbox.js';

export interface TurnSource {
  department: Department;
  userText: string;
  /** Earlier messages of the conversation, oldest first (the one being answered excluded). */
  history: readonly HistoryTurn[];
  /** How many earlier messages to keep (ASSISTANT_HISTORY_TURNS). */
  historyTurns: number;
  tools: ToolBox;
  knowledge: Knowledge;
  signal: AbortSignal;
  /** Passages to retrieve. */
  passages?: number;
  /**
   * The app clock's time (ctx.now()), so a model knows today's date. Every caller that can run a
   * model passes it; only the offline engine's own evaluation, where no model reads the prompt, leaves it out.
   */
  now?: number;
  conversation?: TurnConversation;
  /**
   * The language the shop is shown in for this shopper (their choice, else their browser's): a
   * message the detector cannot place, with no earlier one it could, is answered in it.
   */
  shopLanguage?: Language;
}

/**
 * Context per turn (docs/ARCHITECTURE.md §6): persona + department prompt + today's date + the language of
 * this message to answer in, retrieved passages, the last turns, the tools.
 */
export async function buildTurn(src: TurnSource): Promise<Turn> {
  const history = src.history.slice(-src.historyTurns);
  // A follow-up ("and the warranty?") searches with the shopper's previous message too.
  const lastUser = [...history].reverse().find((h) => h.role === 'user')?.content ?? '';
  const passages = src.knowledge.search(
    `${src.userText} ${src.userText.split(/\s+/).length < 6 ? lastUser : ''}`.trim(),
    src.passages ?? 4,
  );
  const language = await conversationLanguage(src.userText, history, src.shopLanguage ?? 'en');
  return {
    department: src.department,
    systemPrompt: systemPrompt({
      department: src.department,
      language,
      now: src.now,
    }),
    passages,
    history,
    userText: src.userText,
    language,
    sentiment: scoreSentiment(src.userText),
    tools: src.tools,
    signal: src.signal,
    ...(src.conversation ? { conversation: src.conversation } : {}),
  };
}

/**
 * The message's language. One the detector is unsure of keeps its guess when most of its words
 * are that language's shop words ("akku zischt", "gracias!"), else takes the language of the
 * shopper's last message that could be told ("ok", "VX-1234"). A short message the detector is
 * sure is another language stays in the conversation's when its words are that language's shop
 * words and not the other's ("agrégamela en lila" in a Spanish conversation, which ELD calls French).
 */
export async function messageLanguage(text: string, fallback: Language): Promise<Language> {
  const { language, reliable } = await guessLanguage(text);
  if (language && reliable) {
    const short = text.trim().split(/\s+/).length <= 6;
    const keepsConversation =
      short &&
      language !== fallback &&
      fallback !== 'en' &&
      language !== 'en' &&
      mostlyKnownWords(text, fallback) &&
      !mostlyKnownWords(text, language);
    return keepsConversation ? fallback : language;
  }
  if (language && language !== 'en' && mostlyKnownWords(text, language)) return language;
  // "hola", "merci !": the guess was English or none, but one language's shop words say otherwise.
  const known = OTHER_LANGUAGES.filter((l) => mostlyKnownWords(text, l, 1));
  return known.length === 1 ? known[0]! : fallback;
}

async function conversationLanguage(
  text: string,
  history: readonly HistoryTurn[],
  shopLanguage: Language,
): Promise<Language> {
  let fallback = shopLanguage;
  for (const h of history) if (h.role === 'user') fallback = await messageLanguage(h.content, fallback);
  return messageLanguage(text, fallback);
}
