import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cachedModelKey } from './classifier.js';
import type { Corpus } from './corpus.js';

const corpus = (greeting: string): Corpus => ({ en: { greeting: [greeting] }, fr: {}, de: {}, es: {} });

test('the cached model is keyed by what the classifier is trained on: the utterances as classifierText reads them', () => {
  // Two products read alike ("zzphone"): the same documents, the same model.
  assert.is(cachedModelKey(corpus('is the vision go any good')), cachedModelKey(corpus('is the vision x any good')));
  // Another word: other documents, another model (so a change to how utterances are read retrains too).
  assert.is.not(
    cachedModelKey(corpus('is the vision go any good')),
    cachedModelKey(corpus('is the vision go any bad')),
  );
});

test.run();
