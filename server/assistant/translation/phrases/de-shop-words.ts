import type { PhraseTable } from '../gist.js';

/**
 * Shop words German shoppers use that the word-for-word gist misread: English product words that
 * are also German words ("Fast Charger" is not "almost charger"), "ihr" as "her" before what she
 * owns, materials and finishes as inflected participles ("geflochtene", "gehärtetes"), "um …
 * zu" before a possessive ("um mein Go zu laden"), and budgets said in slang. Keys as in de.ts:
 * accents and case ignored, the longest phrase wins.
 */
/** English product words that German writes with another meaning ("fast" is "almost"). */
const ENGLISH_PRODUCT_WORDS: PhraseTable = {
  'fast charger': 'fast charger',
  'fast chargers': 'fast chargers',
  'fast charging': 'fast charging',
  'fast charge': 'fast charge',
  'fast-charger': 'fast charger',
  'fast-charging': 'fast charging',
  'wireless charging': 'wireless charging',
  'wireless charger': 'wireless charger',
};

/** What she owns: "ihr Akku", "ihr altes Handy" (not what a message calls "Ihr Paket", "Ihr Konto": formal "your"). */
const HERS: ReadonlyArray<readonly [string, string]> = [
  ['akku', 'battery'],
  ['display', 'screen'],
  ['bildschirm', 'screen'],
  ['ladegerät', 'charger'],
  ['kabel', 'cable'],
  ['armband', 'band'],
  ['geburtstag', 'birthday'],
  ['altes handy', 'old phone'],
  ['neues handy', 'new phone'],
  ['altes', 'old'],
  ['neues', 'new'],
  ['erstes', 'first'],
  ['vision', 'Vision'],
];
const HER = Object.fromEntries(HERS.map(([german, english]) => [`ihr ${german}`, `her ${english}`]));

/** "Geflochtene Kabel", "ein gepolstertes Armband", "gehärtetes Glas": the material, whatever its ending. */
const FINISHES: ReadonlyArray<readonly [string, string]> = [
  ['geflochten', 'braided'],
  ['gepolstert', 'padded'],
  ['gehärtet', 'tempered'],
  ['gewebt', 'woven'],
  ['gebürstet', 'brushed'],
  ['mattiert', 'matte'],
  ['poliert', 'polished'],
  ['recycelt', 'recycled'],
  ['verstärkt', 'reinforced'],
];
const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const FINISHED = Object.fromEntries(
  FINISHES.flatMap(([stem, english]) => ENDINGS.map((ending) => [`${stem}${ending}`, english])),
);

/** "Um mein Go kabellos zu laden": "for my Go to charge wirelessly", not "around my Go". */
const OWNERS: ReadonlyArray<readonly [string, string]> = [
  ['mein', 'my'],
  ['meine', 'my'],
  ['meinen', 'my'],
  ['meinem', 'my'],
  ['dein', 'your'],
  ['deine', 'your'],
  ['unser', 'our'],
  ['unsere', 'our'],
  ['ihr', 'her'],
  ['ihre', 'her'],
  ['es', 'it'],
  ['ihn', 'it'],
];
const IN_ORDER_TO = Object.fromEntries(OWNERS.map(([german, english]) => [`um ${german}`, `for ${english}`]));

/** "Hab aber nur so 4 Hunnis", "was geht da": a budget said in slang. */
const BUDGET: PhraseTable = {
  'hab aber nur so': 'but i only have about',
  'hab aber nur': 'but i only have',
  'hab nur so': 'i only have about',
  'hab nur': 'i only have',
  'was geht da': 'what can i get',
  'was geht da so': 'what can i get',
  'wann krieg ich mein geld wieder': 'when will i get my refund',
  'wann krieg ich mein geld zurück': 'when will i get my refund',
  'wann bekomme ich mein geld wieder': 'when will i get my refund',
  'wann bekomme ich mein geld zurück': 'when will i get my refund',
};

export const SHOP_WORDS: PhraseTable = { ...ENGLISH_PRODUCT_WORDS, ...HER, ...FINISHED, ...IN_ORDER_TO, ...BUDGET };
