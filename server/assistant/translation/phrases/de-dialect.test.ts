import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** South German, Austrian and Swiss spellings of our own, each read as its standard German. */
const READS: Array<[german: string, english: RegExp]> = [
  ['habts a Hülle fürs Go?', /^do you have a case for the Go\?$/],
  ['mein Handy lädt nimmer', /\bwon't charge\b/],
  ['gibts des in blau?', /^is there\b.*\bin blue\?$/],
  ['des isch kaputt', /\bis broken\b/],
  ['i hob koa Ladegerät', /\bno charger\b/],
  ['ham wir net', /\bnot\b/],
  ['is des no net verschickt?', /^is the not yet shipped\?$/],
  ['mei Handy geht nimmer', /^my phone doesn't work anymore$/],
  ['i woas ned', /^i don't know$/],
  ['habts ihr des no in grün?', /^do you have the still in green\?$/],
  ['die Laufzeit des Akkus', /\bof the battery$/],
];

test('[LANG5] dialect spellings read as standard German', () => {
  for (const [german, english] of READS) assert.match(toEnglish(german, 'de'), english, german);
});

test.run();
