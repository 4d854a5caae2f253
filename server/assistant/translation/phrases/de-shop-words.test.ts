import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own, one per family of shop words; each gist is what the English engine reads right. */
const READS: Array<[german: string, english: RegExp]> = [
  ['Gibt es einen Fast Charger fürs Go?', /\bfast charger\b/],
  ['ist Fast Charging dabei?', /\bfast charging\b/],
  ['meine Mutter sagt, ihr Akku ist fast leer', /\bher battery is almost\b/],
  ['Ihr Paket wartet', /^you parcel\b/],
  ['ein geflochtenes Kabel', /^a braided cable$/],
  ['gepolsterte Hülle und gehärtetes Glas', /^padded case and tempered glass$/],
  ['was brauch ich um mein Go kabellos zu laden', /\bfor my Go\b/],
  ['hab aber nur so 3 hunnis, was geht da', /^but i only have about 300, what can i get$/],
  ['wann krieg ich mein geld wieder', /^when will i get my refund$/],
];

test('[LANG5] shop words German shoppers use read as the English engine needs them', () => {
  for (const [german, english] of READS) assert.match(toEnglish(german, 'de'), english, german);
});

test.run();
