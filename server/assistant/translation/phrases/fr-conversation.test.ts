import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own, one per way of saying it the dev-fr2 round met; each gist is what the English engine answers right. */
const READS: Array<[french: string, english: RegExp]> = [
  ["j'habite à Lausanne", /\bi live in Lausanne\b/],
  ['ma carte passe pas, ça bug', /\bmy card is declined, it fails\b/],
  ['faut remettre le téléphone à zéro ?', /\bfactory reset the phone\b/],
  ['je déconnecte mon ordi, et après ?', /\bdisconnect my laptop, and then what\?/],
  ['je demande quoi à mon opérateur ?', /\bwhat do i ask my carrier\b/],
  ['t un robot ?', /\bare you a bot\b/],
  ['le Go a-tu une entrée pour mon casque à fil ?', /\bheadphone jack\b/],
  ["j'avais pris 128, euh non je veux le 512 finalement", /\bi want the 512 instead\b/],
  ['un vieux portable à clapet', /\bflip phone\b/],
  ['mettez-moi en relation', /\bput me in touch with a person\b/],
  ['pas plus de quatre cents dollars', /\b400 dollars\b/],
];

test('what the dev-fr2 shoppers said reads as the English engine needs it', () => {
  for (const [french, english] of READS) assert.match(toEnglish(french, 'fr'), english, french);
});

test.run();
