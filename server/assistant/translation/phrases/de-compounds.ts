import type { PhraseTable } from '../gist.js';

/**
 * Words German writes as one: accessory compounds the table does not list as such
 * ("Kopfhörerbuchse", "Bildschirmschutzfolie", "Handyhalterung") from a first part and a head
 * the shop knows, and numbers in words ("zweihundertfünfzig", "tausend"). Keys as in de.ts:
 * accents and case ignored, so "kopfhorerbuchse" is the same key.
 */
const FIRST_PARTS: ReadonlyArray<readonly [string, string]> = [
  ['kopfhörer', 'headphone'],
  ['klinken', 'headphone'],
  ['bildschirm', 'screen'],
  ['display', 'screen'],
  ['handy', 'phone'],
  ['telefon', 'phone'],
  ['smartphone', 'phone'],
  ['uhren', 'watch'],
  ['lade', 'charging'],
  ['schnelllade', 'fast charging'],
  ['akku', 'battery'],
  ['kamera', 'camera'],
  ['rückseiten', 'back'],
  ['usb-c-', 'usb-c '],
  ['magnet', 'magnetic'],
  ['silikon', 'silicone'],
  ['leder', 'leather'],
  ['glas', 'glass'],
];
const HEADS: ReadonlyArray<readonly [string, string]> = [
  ['buchse', 'port'],
  ['anschluss', 'port'],
  ['eingang', 'port'],
  ['schutzfolie', 'protector'],
  ['folie', 'protector'],
  ['schutz', 'protector'],
  ['schutzglas', 'protector'],
  ['panzerglas', 'protector'],
  ['hülle', 'case'],
  ['hüllen', 'cases'],
  ['schutzhülle', 'case'],
  ['cover', 'case'],
  ['case', 'case'],
  ['kabel', 'cable'],
  ['ladegerät', 'charger'],
  ['netzteil', 'charger'],
  ['halterung', 'mount'],
  ['halter', 'mount'],
  ['tausch', 'replacement'],
  ['wechsel', 'replacement'],
  ['reparatur', 'repair'],
  ['schaden', 'damage'],
  ['riss', 'crack'],
  ['sprung', 'crack'],
  ['größe', 'size'],
  ['armband', 'band'],
  ['akku', 'battery'],
  ['laufzeit', 'battery life'],
  ['garantie', 'warranty'],
  ['pad', 'pad'],
  ['station', 'stand'],
];
/** Headphone sockets are jacks in the shop's English. */
const JACK = new Set(['buchse', 'anschluss', 'eingang']);

const COMPOUNDS = Object.fromEntries(
  FIRST_PARTS.flatMap(([first, english]) =>
    HEADS.filter(([head]) => head !== first).map(([head, headEnglish]) => [
      `${first}${head}`,
      english === 'headphone' && JACK.has(head) ? 'headphone jack' : `${english} ${headEnglish}`,
    ]),
  ),
);

const UNITS = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TENS = ['', 'zehn', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const TEENS = [
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];

/** 1–99 in words ("neunundvierzig"), as German writes them after "hundert". */
function belowHundred(n: number): string {
  if (n < 10) return n === 1 ? 'eins' : UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const unit = n % 10;
  return `${unit ? `${UNITS[unit]}und` : ''}${TENS[Math.floor(n / 10)]}`;
}

/** "zweihundert" → "200", "fünfhundertfünfzig" → "550", "zweitausend" → "2000", "4 hunnis" → "400". */
const NUMBERS: Record<string, string> = {
  einhundert: '100',
  eintausend: '1000',
  tausender: '1000',
  'ein hunni': '100',
  'n hunni': '100',
  'nen hunni': '100',
  'n riesen': '1000',
  'nen riesen': '1000',
  'ein riesen': '1000',
};
for (let hundreds = 1; hundreds <= 9; hundreds++) {
  const stem = `${hundreds === 1 ? '' : UNITS[hundreds]}hundert`;
  if (hundreds > 1) NUMBERS[stem] = String(hundreds * 100);
  for (let rest = 10; rest < 100; rest += 5) NUMBERS[`${stem}${belowHundred(rest)}`] = String(hundreds * 100 + rest);
  NUMBERS[`${UNITS[hundreds]}tausend`] = String(hundreds * 1000);
  // "4 hunnis", "vier hunnis": hundred-euro notes; "2 riesen": thousands.
  for (const count of [String(hundreds), belowHundred(hundreds)]) {
    for (const notes of ['hunnis', 'hunnies', 'hunderter']) NUMBERS[`${count} ${notes}`] = String(hundreds * 100);
    NUMBERS[`${count} riesen`] = String(hundreds * 1000);
  }
}

export const WORDS_AS_ONE: PhraseTable = { ...COMPOUNDS, ...NUMBERS };
