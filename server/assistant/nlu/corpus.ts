import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isIntent, type Intent } from './intents.js';
import { LANGUAGES, type Language } from '../../nlu/language.js';

/** Labelled utterances per language: what the classifier learns from (docs/ASSISTANT.md, "Adding knowledge"). */
export type Corpus = Record<Language, Partial<Record<Intent, string[]>>>;

export const CORPUS_DIR = join(resolve(fileURLToPath(import.meta.url), '..'), 'corpus');

const CorpusFileSchema = z.record(
  z.string().refine(isIntent, 'not an intent of nlu/intents.ts'),
  z.array(z.string().min(1)).min(1),
);

export function loadCorpus(dir = CORPUS_DIR): Corpus {
  const corpus = {} as Corpus;
  for (const language of LANGUAGES) {
    const parsed = CorpusFileSchema.safeParse(JSON.parse(readFileSync(join(dir, `${language}.json`), 'utf8')));
    if (!parsed.success)
      throw new Error(
        `${language}.json: ${parsed.error.issues[0]!.message} (${parsed.error.issues[0]!.path.join('.')})`,
      );
    corpus[language] = parsed.data as Partial<Record<Intent, string[]>>;
  }
  return corpus;
}

/** Changes whenever an utterance does (the cached model is keyed by its documents now: classifier.ts cachedModelKey). */
export const corpusHash = (corpus: Corpus) =>
  createHash('sha256').update(JSON.stringify(corpus)).digest('hex').slice(0, 16);
