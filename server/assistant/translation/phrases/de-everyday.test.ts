import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own, one per class a diagnostician named; each gist is what the English engine answers right. */
const READS: Array<[german: string, english: RegExp]> = [
  ['Ich habe die Hülle vor etwa drei Wochen bekommen', /\babout three weeks ago\b/],
  ['vor einem Monat bestellt', /\ba month ago\b/],
  ['Kann ich die Hülle gegen die in Schwarz tauschen?', /\bfor the black one\b/],
  ['Wann wird das Geld abgebucht?', /\bwhen is the money charged\b/],
  ['Wird das erst belastet, wenn verschickt wird?', /\bwhen it ships\b/],
  ['Kann ich meine Bestellungen runterladen?', /\bdownload\b/],
  ['Was wisst ihr über mich?', /\bknow you about me\b/],
  ['Gits de Charger no?', /\bis there\b/],
  ['ich bedien das Handy mit Handschuhen', /\boperate\b/],
  ['Ich will dieselbe Hülle, nur in Blau', /\bthe same case\b/],
];

test('everyday German of shoppers’ stories reads as the English engine needs it', () => {
  for (const [german, english] of READS) assert.match(toEnglish(german, 'de'), english, german);
});

test('"tauschen" alone still replaces a part ("den Akku tauschen")', () => {
  assert.match(toEnglish('Kann ich den Akku selbst tauschen?', 'de'), /\breplace\b/);
});

test.run();
