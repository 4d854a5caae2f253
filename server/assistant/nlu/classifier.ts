import { containerBootstrap } from '@nlpjs/core';
import { LangDe } from '@nlpjs/lang-de';
import { LangEn } from '@nlpjs/lang-en-min';
import { LangEs } from '@nlpjs/lang-es';
import { LangFr } from '@nlpjs/lang-fr';
import { Nlp, type NlpInstance } from '@nlpjs/nlp';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifierText } from '../../nlu/entities.js';
import { createHash } from 'node:crypto';
import type { Corpus } from './corpus.js';
import { isIntent, type Intent } from './intents.js';
import type { ClassifierMode } from './classifier-modes.js';
import { trainNaiveBayes } from './naive-bayes.js';
import { trainNearestNeighbours } from './nearest-neighbours.js';
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

export { CLASSIFIER_MODES, type ClassifierMode } from './classifier-modes.js';

/** Bump when NLP.js's settings or plugins change (the key covers the documents themselves). */
const MODEL_VERSION = 4;

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

/** One labelled utterance as the classifiers learn it: its language, its classifier text, its intent. */
type Document = readonly [Language, string, Intent];

/**
 * The cached model's key: the documents it is trained on (each utterance as classifierText makes
 * it), so a change to the corpus or to how utterances are read retrains, with nobody to remember it.
 */
const modelKey = (documents: readonly Document[]) =>
  `${createHash('sha256').update(JSON.stringify(documents)).digest('hex').slice(0, 16)}-${MODEL_VERSION}`;

const documentsOf = (corpus: Corpus): Document[] =>
  LANGUAGES.flatMap((l) =>
    Object.entries(corpus[l]).flatMap(([intent, us]) =>
      (us ?? []).map((u): Document => [l, classifierText(u), intent as Intent]),
    ),
  );

/** The name (without ".json") of the cached model for this corpus, as read today (bench/lib/engine-training.ts checks it). */
export const cachedModelKey = (corpus: Corpus) => modelKey(documentsOf(corpus));

async function trainNlp(documents: readonly Document[], cache: boolean): Promise<NlpInstance> {
  const nlp = await createNlp();
  const file = join(CACHE_DIR, `${modelKey(documents)}.json`);
  const cached = cache ? readCache(file) : undefined;
  if (cached) {
    nlp.import(cached);
    return nlp;
  }
  for (const [language, text, intent] of documents) nlp.addDocument(language, text, intent);
  await nlp.nluManager.train({ log: false });
  if (cache) writeCache(file, nlp.export(true));
  return nlp;
}

/**
 * Three classifiers trained on the labelled corpus, their probabilities averaged (ADR 013, ADR 022):
 * NLP.js's neural network over stems, one model per language; a naive Bayes over words and
 * character n-grams of all four languages; and the nearest labelled utterances over the same
 * features. Training takes about a second; NLP.js's model is cached on disk by corpus hash.
 */
export async function trainIntentClassifier(
  corpus: Corpus,
  { cache = true, mode = 'ensemble' as ClassifierMode } = {},
): Promise<IntentClassifier> {
  const uses = (voice: ClassifierMode) => mode === 'ensemble' || mode === voice;
  const documents = documentsOf(corpus);
  const nlp = uses('nlpjs') ? await trainNlp(documents, cache) : undefined;
  const examples = documents.map(([, text, intent]) => [intent, text] as const);
  const scorers = [
    uses('naive-bayes') && trainNaiveBayes(examples),
    uses('nearest-neighbours') && trainNearestNeighbours(examples),
  ].filter((s) => s !== false);
  const weight = 1 / (scorers.length + (nlp ? 1 : 0));
  return {
    async classify(raw, language) {
      const text = classifierText(raw);
      const scores = new Map<Intent, number>();
      const add = (intent: Intent, score: number) => scores.set(intent, (scores.get(intent) ?? 0) + weight * score);
      // NLP.js answers "None" below its own fixed threshold; the ranking underneath is kept, and
      // the caller decides with a threshold calibrated on the dev split (understanding/understand.ts).
      if (nlp)
        for (const c of (await nlp.process(language, text)).classifications)
          if (isIntent(c.intent) && c.score > 0) add(c.intent, c.score);
      for (const scorer of scorers) for (const c of scorer(text)) add(c.intent, c.score);
      const ranked = [...scores].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score);
      const best = ranked[0];
      return { intent: best?.intent ?? null, confidence: best?.score ?? 0, ranked };
    },
  };
}
