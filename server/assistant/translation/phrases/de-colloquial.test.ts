import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own, one per family of words; each gist is what the English engine reads right. */
const READS: Array<[german: string, english: RegExp]> = [
  ['weiß ich nicht, kannst du mirs schicken?', /^i don't know, can you me it\b/],
  ['weis ich nicht', /^i don't know$/],
  ['ja, gerne', /^yes, do it$/],
  ['passt, mach', /^ok, yes, do it$/],
  ['nimm stattdessen das Kabel', /\binstead\b/],
  ['es regnet oft und das Display friert ein', /\brains\b.*\bfreezes\b/],
  ['würde das Handy das aushalten?', /^would it phone the survive\?$/],
  ['nachts lade ich es immer', /^at night\b/],
  ['Budget ist wurscht, was ist das krasseste Handy?', /^price doesn't matter, what is the best phone\?$/],
  ['tausche das um', /^exchange it$/],
  ['ich tausche die Hülle um', /^i exchange the case$/],
  ['hebt ihr die Daten auf?', /^do you keep the data\?$/],
  ['gehen die Kopfhörer mit dem Go mit?', /\bwith the Go\?$/],
  ['zum Beispiel das Go', /^for example the Go$/],
  ['ist ein Kabel vom Drittanbieter ok?', /\bfrom another maker\b/],
];

test('[LANG5] everyday German reads as the English engine needs it', () => {
  for (const [german, english] of READS) assert.match(toEnglish(german, 'de'), english, german);
});

test.run();
