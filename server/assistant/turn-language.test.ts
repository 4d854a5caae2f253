import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { messageLanguage } from './turn.js';

test('[LANG5] a message the detector is sure of is in its language, whatever the conversation was', async () => {
  assert.is(await messageLanguage('où est ma commande', 'de'), 'fr');
  assert.is(await messageLanguage('is the vision go waterproof', 'fr'), 'en');
});

test('[LANG5] a short message keeps an unsure guess when its words are that language’s shop words, else the conversation’s language', async () => {
  assert.is(await messageLanguage('danke', 'en'), 'de');
  assert.is(await messageLanguage('gracias!', 'en'), 'es');
  assert.is(await messageLanguage('hola', 'en'), 'es');
  assert.is(await messageLanguage('merci beaucoup', 'en'), 'fr');
  assert.is(await messageLanguage('hello', 'de'), 'de');
  assert.is(await messageLanguage('ok thx', 'fr'), 'fr');
  assert.is(await messageLanguage('the halo', 'en'), 'en');
  assert.is(await messageLanguage('VX-12AB34', 'es'), 'es');
});

test('[LANG5] a short message the detector is sure is French stays in a Spanish conversation when its words are Spanish shop words', async () => {
  assert.is(await messageLanguage('agrégamela en lila', 'es'), 'es');
  // A French message is French all the same, and an English conversation is no reason to doubt the detector.
  assert.is(await messageLanguage('ajoutez-la en lilas', 'es'), 'fr');
  assert.is(await messageLanguage('agrégamela en lila', 'en'), 'fr');
});

test.run();
