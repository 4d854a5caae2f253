import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Locale } from '../../../shared/locales.js';
import { catalogNames, catalogTaglines } from './catalog-names.js';
import { compileTable, gist, type CompiledTable, type PhraseTable } from './gist.js';
import { alignGuides } from './guide-alignment.js';
import { shopPhrases } from './known-words.js';
import { fillShape, shapeMatcher, shapeOf } from './shape.js';
import { answerLines, joinAnswerLines } from './units.js';
import { clarifyingQuestionIn } from './clarify-question.js';

export type OtherLanguage = Exclude<Locale, 'en'>;

const ENGLISH_GUIDE = join(import.meta.dirname, '../../../data/support-guide.md');

/**
 * The built-in engine's two-way bridge for French, German and Spanish (docs/decisions/034):
 * the shopper's message into the English it understands (gist.ts), and its English answer into
 * the shopper's language, sentence by sentence: the support guide's sentences from the translated
 * guide, the engine's own from its translated templates (answers/<lang>.json), with names,
 * prices and dates put back in the language's format.
 */
export interface Translator {
  toEnglish(text: string, language: OtherLanguage): string;
  /** The answer in `language`; `missed` lists the English sentences no translation covers. */
  fromEnglish(text: string, language: OtherLanguage): { text: string; missed: string[] };
}

interface LanguageParts {
  phrases: CompiledTable;
  guide: Map<string, string>;
  templates: Record<string, string>;
  /** The catalog's taglines, spec values and fit notes in the language (catalog/<lang>.json). */
  catalog: Record<string, string>;
}

export interface TranslatorSources {
  /** The English guide; its translations sit beside it as `<name>.<lang>.md`. */
  guideFile?: string;
  /** Per language: the phrase table and the answer templates (the shop's own when omitted). */
  phrases?: Partial<Record<OtherLanguage, PhraseTable>>;
  templates?: Partial<Record<OtherLanguage, Record<string, string>>>;
  catalog?: Partial<Record<OtherLanguage, Record<string, string>>>;
}

const readWords = (dir: string, language: OtherLanguage): Record<string, string> => {
  const file = join(import.meta.dirname, dir, `${language}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
};

export function createTranslator(sources: TranslatorSources = {}): Translator {
  const guideFile = sources.guideFile ?? ENGLISH_GUIDE;
  const parts = new Map<OtherLanguage, LanguageParts>();
  const matcher = shapeMatcher(catalogNames());
  const taglines = catalogTaglines();
  const partsOf = (language: OtherLanguage): LanguageParts => {
    let found = parts.get(language);
    if (!found) {
      const translatedGuide = join(dirname(guideFile), `${basename(guideFile, '.md')}.${language}.md`);
      found = {
        phrases: sources.phrases?.[language] ? compileTable(sources.phrases[language]) : shopPhrases(language),
        guide: existsSync(translatedGuide)
          ? alignGuides(readFileSync(guideFile, 'utf8'), readFileSync(translatedGuide, 'utf8'))
          : new Map(),
        templates: sources.templates?.[language] ?? readWords('answers', language),
        catalog: sources.catalog?.[language] ?? readWords('catalog', language),
      };
      parts.set(language, found);
    }
    return found;
  };
  return {
    toEnglish: (text, language) => gist(text, partsOf(language).phrases),
    fromEnglish(text, language) {
      const { guide, templates, catalog } = partsOf(language);
      // The catalog's words in the language; a tagline without a translation is left out (the card shows it).
      const catalogWord = (english: string) => catalog[english] ?? (taglines.has(english) ? '' : english);
      const missed: string[] = [];
      const lines = answerLines(text).map((line) => ({
        marker: line.marker,
        sentences: line.sentences.flatMap((sentence) => {
          if (taglines.has(sentence)) return [catalogWord(sentence)].filter(Boolean);
          const quoted = guide.get(sentence);
          if (quoted) return [quoted];
          const shape = shapeOf(sentence, matcher);
          const template = templates[shape.template];
          if (template) return [fillShape(template, shape.slots, language, catalogWord)].filter((s) => s.trim());
          const clarifying = clarifyingQuestionIn(sentence, language);
          if (clarifying) return [clarifying];
          missed.push(sentence);
          return [sentence];
        }),
      }));
      return { text: joinAnswerLines(lines), missed };
    },
  };
}
