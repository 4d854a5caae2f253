import { LOCALES, type Locale } from '../../shared/locales.js';

/** The languages the assistant understands: the shop's (docs/decisions/032-languages.md). */
export const LANGUAGES = LOCALES;
export type Language = Locale;

type Detector = typeof import('eld/small')['eld'];
let loading: Promise<Detector> | undefined;

/**
 * ELD's n-gram tables are 1.6 MB of code that take 0.7 s of CPU to load: loaded for the first
 * message that needs them, not at every start of the server (a start without chat never pays).
 */
export function loadLanguageDetector(): Promise<Detector> {
  loading ??= import('eld/small').then(({ eld }) => {
    eld.setLanguageSubset([...LANGUAGES]);
    return eld;
  });
  return loading;
}

/**
 * The language of a shopper's message, by ELD's n-gram detector limited to our four. Short or
 * mixed messages ("the halo", "ok thx", product names) are unreliable: those count as English,
 * which is what most of them are and what the rest of the message understanding assumes.
 */
export async function detectLanguage(text: string): Promise<Language> {
  return detectLanguageOr(text, 'en');
}

/**
 * The message's language, or `fallback` when the detector cannot tell: "ok", "et en noir ?" or
 * "VX-1234" in a conversation held in French are French (the language of the shopper's last
 * message that could be told).
 */
export async function detectLanguageOr(text: string, fallback: Language): Promise<Language> {
  const result = (await loadLanguageDetector()).detect(text);
  const found = LANGUAGES.find((l) => l === result.language);
  if (found && result.isReliable()) return found;
  return fallback;
}
