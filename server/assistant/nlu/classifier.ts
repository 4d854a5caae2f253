import { containerBootstrap } from '@nlpjs/core';
import { LangDe } from '@nlpjs/lang-de';
import { LangEn } from '@nlpjs/lang-en-min';
import { LangEs } from '@nlpjs/lang-es';
import { LangFr } from '@nlpjs/lang-fr';
import { Nlp, type NlpInstance } from '@nlpjs/nlp';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusHash, type Corpus } from './corpus.js';
import { isIntent, type Intent } from './intents.js';
import { LANGUAGES, type Language } from '../../nlu/language.js';

export interface IntentScore {
  intent: Intent;
  score: number;
}

export interface Classification {
  /** The best intent, or null when the classifier recognised nothing it was taught. */
  intent: Intent | null;
  /** 0…1, the best intent's share of the classifier's belief. */
  confidence: number;
  /** Every intent with a score above zero, best first. */
  ranked: IntentScore[];
}

export interface IntentClassifier {
  classify(text: string, language: Language): Promise<Classification>;
}

/** A trained model is written here, keyed by the corpus, so a restart does not train again. */
const CACHE_DIR = join(resolve(fileURLToPath(import.meta.url), '../../../..'), 'node_modules/.cache/visionx-nlu');

async function createNlp(): Promise<NlpInstance> {
  const container = await containerBootstrap();
  for (const plugin of [Nlp, LangEn, LangFr, LangDe, LangEs]) container.use(plugin);
  const nlp = container.get('nlp');
  Object.assign(nlp.settings, { autoSave: false, autoLoad: false, calculateSentiment: false });
  nlp.addLanguage([...LANGUAGES]);
  return nlp;
}

function readCache(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function writeCache(file: string, model: string): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside and renamed, so a concurrent start never reads half a model.
    writeFileSync(`${file}.${process.pid}`, model);
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // A read-only install trains at every start instead: slower, not wrong.
  }
}

/**
 * NLP.js's neural intent classifier, one model per language, trained on the labelled corpus
 * (ADR 010). Training takes a second or two; the model is cached on disk by corpus hash.
 */
export async function trainIntentClassifier(corpus: Corpus, { cache = true } = {}): Promise<IntentClassifier> {
  const nlp = await createNlp();
  const file = join(CACHE_DIR, `${corpusHash(corpus)}.json`);
  const cached = cache ? readCache(file) : undefined;
  if (cached) {
    nlp.import(cached);
  } else {
    for (const language of LANGUAGES) {
      for (const [intent, utterances] of Object.entries(corpus[language])) for (const u of utterances ?? []) nlp.addDocument(language, u, intent);
    }
    await nlp.nluManager.train({ log: false });
    if (cache) writeCache(file, nlp.export(true));
  }
  return {
    async classify(text, language) {
      const result = await nlp.process(language, text);
      const ranked = result.classifications.flatMap((c) => (isIntent(c.intent) && c.score > 0 ? [{ intent: c.intent, score: c.score }] : []));
      const best = isIntent(result.intent) ? result.intent : null;
      return { intent: best, confidence: best ? result.score : 0, ranked };
    },
  };
}
