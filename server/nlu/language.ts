import { eld } from 'eld/small';

/** The languages the assistant understands (it answers in English for now). */
export const LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

eld.setLanguageSubset([...LANGUAGES]);

/**
 * The language of a shopper's message, by ELD's n-gram detector limited to our four. Short or
 * mixed messages ("the halo", "ok thx", product names) are unreliable: those count as English,
 * which is what most of them are and what the rest of the message understanding assumes.
 */
export function detectLanguage(text: string): Language {
  const result = eld.detect(text);
  const found = LANGUAGES.find((l) => l === result.language);
  return found && (found === 'en' || result.isReliable()) ? found : 'en';
}
