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

/** ELD's guess among our four, and whether it is sure (short messages rarely are). */
export async function guessLanguage(text: string): Promise<{ language: Language | undefined; reliable: boolean }> {
  const result = (await loadLanguageDetector()).detect(text);
  return { language: LANGUAGES.find((l) => l === result.language), reliable: result.isReliable() };
}

/**
 * The message's language, or `fallback` when the detector cannot tell: "ok" or "VX-1234" in a
 * conversation held in French are French (the language of the shopper's last message that could
 * be told).
 */
export async function detectLanguageOr(text: string, fallback: Language): Promise<Language> {
  const { language, reliable } = await guessLanguage(text);
  return language && reliable ? language : fallback;
}
