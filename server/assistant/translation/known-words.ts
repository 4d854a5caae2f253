import { compileTable, fold, type CompiledTable } from './gist.js';
import type { OtherLanguage } from './translator.js';
import { DE } from './phrases/de.js';
import { ES } from './phrases/es.js';
import { FR } from './phrases/fr.js';
import { diminutiveOf } from './phrases/es-diminutives.js';

/** The shop's phrase tables, compiled once per process for both language guessing and the gist. */
const TABLES: Record<OtherLanguage, () => CompiledTable> = {
  fr: once(() => compileTable(FR)),
  de: once(() => compileTable(DE)),
  es: once(() => compileTable(ES, diminutiveOf)),
};

export const shopPhrases = (language: OtherLanguage): CompiledTable => TABLES[language]();

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * Whether most words of a short message are words the language's phrase table knows as something
 * else in English ("hallo", "akku zischt", "gracias!"): the evidence that a guess the detector is
 * unsure of is right (`share` of them: all, when the detector guessed English). English words that
 * mean themselves do not count.
 */
export function mostlyKnownWords(text: string, language: OtherLanguage, share = 0.5): boolean {
  // Whole words of letters only: "VX-12AB34" or "USB-C" is no language's word.
  const words = (text.match(/(?<![\p{L}\p{N}-])\p{L}{2,}(?![\p{L}\p{N}-])/gu) ?? []).map(fold);
  if (!words.length) return false;
  const table = TABLES[language]();
  const known = words.filter((w) => table.byFirst.get(w)?.some(([, english]) => fold(english) !== w));
  return known.length >= share * words.length;
}
