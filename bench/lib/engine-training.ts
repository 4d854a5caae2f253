import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { timed, type Spent } from './cpu-timer.js';
import type { EngineTree } from './engine-tree.js';

export const CLASSIFIER_FILE = 'server/assistant/nlu/classifier.ts';

export interface TrainingTimes {
  /** No cache: both classifiers trained from the corpus, as on a fresh install. */
  cold: Spent;
  /** The NLP.js model read from its cache (the naive Bayes half always trains: it is fast). */
  warm: Spent;
  /** Whether the warm run found its cached model (a read-only install never does). */
  warmHitCache: boolean;
}

/**
 * The intent classifier's training, timed in this process after the replay (a second model in
 * memory must not count in the engine's resident memory). Runs only where the tree has one:
 * the baseline's regex engine trains nothing. Loading the corpus counts: start-up does it too.
 */
export async function timeTraining(tree: EngineTree): Promise<TrainingTimes> {
  const classifier = await tree.load<typeof import('../../server/assistant/nlu/classifier.js')>(CLASSIFIER_FILE);
  const { trainIntentClassifier } = classifier;
  const { loadCorpus, corpusHash } = await tree.load<typeof import('../../server/assistant/nlu/corpus.js')>(
    'server/assistant/nlu/corpus.ts',
  );
  const cold = await timed(() => trainIntentClassifier(loadCorpus(), { cache: false }));
  // The app under test started with the shared classifier (cache on), which wrote the cache if it was missing.
  // A tree from before the cache was keyed by its documents names its file by the corpus hash.
  const key = 'cachedModelKey' in classifier ? classifier.cachedModelKey(loadCorpus()) : `${corpusHash(loadCorpus())}-`;
  const warmHitCache = cached(join(tree.root, 'node_modules/.cache/visionx-nlu'), key);
  const warm = await timed(() => trainIntentClassifier(loadCorpus(), { cache: true }));
  return { cold: cold.spent, warm: warm.spent, warmHitCache };
}

const cached = (dir: string, key: string) =>
  existsSync(dir) && readdirSync(dir).some((f) => f.startsWith(key) && f.endsWith('.json'));
