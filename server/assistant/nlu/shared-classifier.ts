import { trainIntentClassifier, type IntentClassifier } from './classifier.js';
import { loadCorpus } from './corpus.js';

let shared: Promise<IntentClassifier> | undefined;

/**
 * The classifier trained on the project's corpus, once per process: every engine and every
 * test app shares it (training takes about a second; the NLP.js half is cached on disk).
 */
export function sharedIntentClassifier(): Promise<IntentClassifier> {
  shared ??= trainIntentClassifier(loadCorpus());
  return shared;
}
