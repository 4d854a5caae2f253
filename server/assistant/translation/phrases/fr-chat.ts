import type { PhraseTable } from '../gist.js';

/**
 * Chat spelling and everyday words of French-speaking shoppers everywhere: the abbreviations of a
 * phone keyboard ("tkt", "bcp", "pcq", "dsl", "mtn"), Quebec's ("dispendieux", "magasiner",
 * "courriel", "à terre"), a shop owner's ("ma boîte", "mes employés", "un devis", "prix de gros"),
 * and the adjective after the noun for every accessory and colour ("la coque verte", "un câble
 * blanc"). Keys as in fr.ts: accents and case ignored, the longest phrase wins.
 */
const COLOURS: ReadonlyArray<readonly [masculine: string, feminine: string, english: string]> = [
  ['noir', 'noire', 'black'],
  ['blanc', 'blanche', 'white'],
  ['vert', 'verte', 'green'],
  ['bleu', 'bleue', 'blue'],
  ['gris', 'grise', 'graphite'],
  ['rose', 'rose', 'pink'],
  ['transparent', 'transparente', 'clear'],
  ['tressé', 'tressée', 'braided'],
  ['magnétique', 'magnétique', 'magnetic'],
];
/** [noun, feminine?, English]: the accessories a colour or a kind follows. */
const NOUNS: ReadonlyArray<readonly [string, boolean, string]> = [
  ['coque', true, 'case'],
  ['coques', true, 'cases'],
  ['housse', true, 'case'],
  ['étui', false, 'case'],
  ['câble', false, 'cable'],
  ['câbles', false, 'cables'],
  ['chargeur', false, 'charger'],
  ['montre', true, 'watch'],
  ['batterie externe', true, 'power bank'],
  ['bracelet', false, 'strap'],
];
export const AFTER_THE_NOUN: Record<string, string> = Object.fromEntries(
  NOUNS.flatMap(([noun, feminine, english]) =>
    COLOURS.map(([masculine, femin, colour]) => {
      const adjective = feminine ? femin : masculine;
      const plural = noun.endsWith('s') && !adjective.endsWith('s') ? 's' : '';
      return [`${noun} ${adjective}${plural}`, `${colour} ${english}`];
    }),
  ),
);

/** "Tes" is "you are" in chat ("tes sûr ?") but "your" before the shop's plural nouns. */
const YOUR_THINGS: ReadonlyArray<readonly [string, string]> = [
  ['coques', 'cases'],
  ['écouteurs', 'earbuds'],
  ['téléphones', 'phones'],
  ['tels', 'phones'],
  ['modèles', 'models'],
  ['produits', 'products'],
  ['prix', 'prices'],
  ['chargeurs', 'chargers'],
  ['câbles', 'cables'],
  ['accessoires', 'accessories'],
  ['montres', 'watches'],
  ['offres', 'offers'],
  ['promos', 'deals'],
  ['délais', 'delivery times'],
  ['frais', 'fees'],
  ['conditions', 'terms'],
];

export const FR_CHAT: PhraseTable = {
  ...AFTER_THE_NOUN,
  ...Object.fromEntries(YOUR_THINGS.map(([noun, english]) => [`tes ${noun}`, `your ${english}`])),
  'pas grave': 'no problem',
  énormément: 'a lot',
  'c pas grave': "it's fine",
  "c'est pas grave": "it's fine",
  'en gros': 'basically',
  'tombé à terre': 'fell on the ground',
  'tombée à terre': 'fell on the ground',
  'est tombé à terre': 'fell on the ground',
  'est tombée à terre': 'fell on the ground',
  // Keyboard shortcuts
  tkt: "don't worry",
  bcp: 'a lot',
  pcq: 'because',
  pck: 'because',
  psk: 'because',
  dsl: 'sorry',
  cc: 'hi',
  auj: 'today',
  ajd: 'today',
  pb: 'problem',
  pbm: 'problem',
  dc: 'so',
  mtn: 'now',
  mnt: 'now',
  chais: 'i know',
  'chais pas': "i don't know",
  'jsais pas': "i don't know",
  'j sais pas': "i don't know",
  'sais pas': "don't know",
  jpense: 'i think',
  jcrois: 'i think',
  jvais: "i'm going to",
  jai: 'i have',
  jsui: 'i am',
  'tes sûr': 'are you sure',
  "t'es sûr": 'are you sure',
  "t'es sure": 'are you sure',
  // Quebec
  dispendieux: 'expensive',
  dispendieuse: 'expensive',
  'trop dispendieux': 'too expensive',
  magasiner: 'shop around',
  courriel: 'email',
  'mon courriel': 'my email',
  'fin de semaine': 'weekend',
  'la fin de semaine': 'the weekend',
  'batterie à terre': 'battery is dead',
  'batterie est à terre': 'battery is dead',
  'ma batterie est à terre': 'my battery is dead',
  bogue: 'bug',
  pogné: 'stuck',
  pognée: 'stuck',
  icitte: 'here',
  astheure: 'now',
  "c'est plate": "it's annoying",
  niaiser: 'kid',
  'tu me niaises': 'are you kidding me',
  rabais: 'discount',
  'un rabais': 'a discount',
  // A shop owner
  'ma boîte': 'my company',
  'notre boîte': 'our company',
  'mon entreprise': 'my business',
  'mes employés': 'my staff',
  'nos employés': 'our staff',
  'mes salariés': 'my staff',
  'nos salariés': 'our staff',
  'mes gars': 'my team',
  'mon équipe': 'my team',
  'un devis': 'a quote',
  'prix de gros': 'bulk price',
  'acheter en gros': 'buy in bulk',
  'commander en gros': 'order in bulk',
  'en quantité': 'in bulk',
  'je suis gérant': 'i run a business',
  'je suis gérante': 'i run a business',
  réduc: 'discount',
  'une réduc': 'a discount',
  'une réduction': 'a discount',
};
