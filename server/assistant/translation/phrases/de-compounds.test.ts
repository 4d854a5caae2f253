import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Compounds and numbers of our own, typed with and without umlauts. */
const READS: Array<[german: string, english: RegExp]> = [
  ['hat das X eine Kopfhörerbuchse?', /\bheadphone jack\b/],
  ['hat das X eine kopfhorerbuchse?', /\bheadphone jack\b/],
  ['eine bildschirmschutzfolie fur das Go', /^a screen protector for the Go$/],
  ['Handyhalterung fürs Auto', /^phone mount\b/],
  ['maximal zweihundertfünfzig Euro', /\b250 euros\b/],
  ['nicht mehr als fünfhundert', /\b500\b/],
  ['so zweitausend Euro', /\b2000 euros\b/],
  ['hab nur 3 hunnis', /\b300\b/],
];

test('[LANG5] compounds and numbers in words read as their parts', () => {
  for (const [german, english] of READS) assert.match(toEnglish(german, 'de'), english, german);
});

test.run();
