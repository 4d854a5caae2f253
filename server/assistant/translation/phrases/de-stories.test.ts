import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own telling what happened; each gist is what the English engine reads right. */
const READS: Array<[german: string, english: RegExp]> = [
  ['hab es vor 12 tagen bestellt', /\b12 days ago\b/],
  ['ich hab die Uhr seit 7 Wochen', /\bfor 7 weeks\b/],
  ['es muss robust sein', /\bbe rugged\b/],
  ['soll ich es ans Ladegerät hängen?', /\bplug it in\b/],
  ['gibt es Mengenrabatt?', /\bbulk discount\b/],
  ['und die bezahlte, wann geht die raus?', /\bwhen will it ship\b/],
];

test('[LANG5] what a German shopper tells reads as the English engine needs it', () => {
  for (const [german, english] of READS) assert.match(toEnglish(german, 'de'), english, german);
});

test.run();
