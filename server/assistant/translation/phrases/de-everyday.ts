import type { PhraseTable } from '../gist.js';

/**
 * Everyday German the phrase tables lacked, met in shoppers' stories: how long ago in words ("vor
 * etwa zwei Wochen"), a passive of paying and shipping ("wann wird abgebucht", "wenn verschickt
 * wird"), exchanging one thing for another ("gegen die in Blau tauschen"), verbs clipped in speech
 * ("ich bedien", "ich lad"), Swiss and Alemannic words ("hend", "gits"), and nouns of travel, noise,
 * animals and places. Keys as in de.ts: accents and case ignored, the longest phrase wins.
 */
const COUNTS: ReadonlyArray<readonly [string, string]> = [
  ['einem', 'a'],
  ['einer', 'a'],
  ['zwei', 'two'],
  ['drei', 'three'],
  ['vier', 'four'],
  ['fünf', 'five'],
  ['sechs', 'six'],
  ['sieben', 'seven'],
  ['acht', 'eight'],
];
const UNITS: ReadonlyArray<readonly [string, string, string]> = [
  ['tag', 'tagen', 'day'],
  ['woche', 'wochen', 'week'],
  ['monat', 'monaten', 'month'],
];
const ABOUT = [
  ['', ''],
  ['etwa ', 'about '],
  ['ungefähr ', 'about '],
  ['circa ', 'about '],
  ['knapp ', 'almost '],
  ['gut ', 'a good '],
];
/** "Vor etwa zwei Wochen", "vor einem Monat": how long ago, in words. */
const AGO = Object.fromEntries(
  ABOUT.flatMap(([about, english]) =>
    COUNTS.flatMap(([count, n]) =>
      UNITS.map(([one, many, unit]) => {
        const single = count === 'einem' || count === 'einer';
        return [`vor ${about}${count} ${single ? one : many}`, `${english}${n} ${unit}${single ? '' : 's'} ago`];
      }),
    ),
  ),
);

/** "Die in Blau": the one in that colour. */
const COLOURS: ReadonlyArray<readonly [string, string]> = [
  ['schwarz', 'black'],
  ['weiß', 'white'],
  ['blau', 'blue'],
  ['grün', 'green'],
  ['lila', 'lilac'],
  ['sand', 'sand'],
  ['koralle', 'coral'],
];
const THE_ONE_IN = Object.fromEntries(
  ['die', 'das', 'den'].flatMap((article) =>
    COLOURS.flatMap(([german, english]) => [
      [`${article} in ${german}`, `the ${english} one`],
      [`gegen ${article} in ${german}`, `for the ${english} one`],
    ]),
  ),
);

export const EVERYDAY: PhraseTable = {
  ...AGO,
  ...THE_ONE_IN,
  // Paying and shipping in the passive.
  abgebucht: 'charged',
  belastet: 'charged',
  'wann wird das geld abgebucht': 'when is the money charged',
  'wann wird die karte belastet': 'when is the card charged',
  'wird die karte belastet': 'is the card charged',
  'wenn verschickt wird': 'when it ships',
  'wenn versendet wird': 'when it ships',
  'wenn geliefert wird': 'when it is delivered',
  'wenn bestellt wird': 'when i order',
  'wenn ich bestelle': 'when i order',
  'erst beim versand': 'only when it ships',
  'beim versand': 'when it ships',
  'bei der bestellung': 'when i order',
  'wann wird die karte dann belastet': 'when is the card charged',
  'wann wird meine karte belastet': 'when is my card charged',
  // Exchanging.
  // ("Den Akku tauschen" replaces it: "tauschen" alone stays "replace".)
  ...Object.fromEntries(
    ['die', 'den', 'das'].flatMap((article) =>
      ['tauschen', 'umtauschen', 'eintauschen'].map((verb) => [
        `gegen ${article} ${verb}`,
        'exchange for the other one',
      ]),
    ),
  ),
  'gegen die': 'for the',
  'gegen den': 'for the',
  'gegen das': 'for the',
  selbe: 'same',
  dieselbe: 'the same',
  denselben: 'the same',
  dasselbe: 'the same',
  umstellen: 'change',
  // Verbs clipped in speech, and others met.
  bedien: 'operate',
  lad: 'charge',
  überleben: 'survive',
  nimmt: 'takes',
  überhaupt: '',
  runterladen: 'download',
  herunterladen: 'download',
  'über mich': 'about me',
  wisst: 'know',
  problemlos: 'fine',
  kabl: 'cable',
  marke: 'brand',
  'anderen marke': 'another brand',
  geöffnet: 'opened',
  aufgeschraubt: 'opened',
  fliege: 'fly',
  fliegen: 'fly',
  lärm: 'noise',
  ohr: 'ear',
  ohren: 'ears',
  ausblenden: 'block out',
  lauten: 'loud',
  laute: 'loud',
  ausstehen: 'stand',
  pendle: 'commute',
  stöpsel: 'earbuds',
  hals: 'neck',
  zelten: 'camping',
  kühe: 'cows',
  weide: 'pasture',
  'nächsten monat': 'next month',
  nächsten: 'next',
  übermorgen: 'the day after tomorrow',
  // Swiss and Alemannic.
  hend: 'have',
  gits: 'is there',
  schade: 'too bad',
};
