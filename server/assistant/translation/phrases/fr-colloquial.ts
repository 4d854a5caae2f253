import type { PhraseTable } from '../gist.js';
import { AFTER_THE_NOUN as CHAT_AFTER_THE_NOUN } from './fr-chat.js';

/**
 * Spoken and chat French the auditors met (France, Quebec, Switzerland, Belgium): chat shortcuts
 * ("c", "qd", "stp", "jsp", "chui"), "à" typed without its accent, idioms whose words read as heat
 * or melting ("à fond", "c'est le feu", "chaud pour"), Quebec words, spoken negation without "ne",
 * verbs in every person, times said as "à + noun", commands and intonation questions, business
 * words, and an adjective after the noun. Keys as in fr.ts: accents and case ignored, the longest
 * phrase wins, so a whole idiom keeps its words from being read one by one.
 */
const POSSESSIVES: ReadonlyArray<readonly [string, string]> = [
  ['mon', 'my'],
  ['ma', 'my'],
  ['mes', 'my'],
  ['ton', 'your'],
  ['ta', 'your'],
  ['tes', 'your'],
  ['votre', 'your'],
  ['vos', 'your'],
  ['son', 'their'],
  ['sa', 'their'],
  ['ses', 'their'],
  ['la', 'the'],
  ['quelle', 'what'],
  ['quel', 'what'],
];
/** "Il a mon numéro" keeps "has": a subject before the unaccented "a" is the verb. */
const SUBJECTS: ReadonlyArray<readonly [string, string]> = [
  ['il', 'he has'],
  ['elle', 'she has'],
  ['on', 'we have'],
  ['qui', 'who has'],
  ['ça', 'it has'],
  ['ca', 'it has'],
];

/** "Le câble tressé blanc", "la coque transparente": the adjective after the noun. */
const AFTER_THE_NOUN: Record<string, string> = {
  'câble tressé': 'braided cable',
  'câble tressé blanc': 'white braided cable',
  'câble tressé noir': 'black braided cable',
  'câble blanc': 'white cable',
  'câble noir': 'black cable',
  'coque transparente': 'clear case',
  'coque noire': 'black case',
  'coque blanche': 'white case',
  'coque verte': 'green case',
  'coque bleue': 'blue case',
};
const ADDING = ['ajoute', 'ajoutez', 'rajoute', 'mets', 'mettez', 'prends'];
/** "La coque transparente du Go": the clear case for the Vision Go, so the engine checks the fit. */
const PHONE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['vision go', 'Vision Go'],
  ['go', 'Vision Go'],
  ['vision x', 'Vision X'],
  ['x', 'Vision X'],
  ['terra', 'Vision X Terra'],
  ['x terra', 'Vision X Terra'],
  ['vision x terra', 'Vision X Terra'],
  ['pro max ultra', 'Vision X Pro Max Ultra'],
  ['vision x pro max ultra', 'Vision X Pro Max Ultra'],
  ['halo', 'Halo Vision Pro Ultra'],
  ['halo vision pro ultra', 'Halo Vision Pro Ultra'],
];
const ACCESSORY_AFTER_THE_NOUN: Record<string, string> = { ...CHAT_AFTER_THE_NOUN, ...AFTER_THE_NOUN };
const OF_THE_PHONE: Array<[string, string]> = Object.entries(ACCESSORY_AFTER_THE_NOUN).flatMap(([french, english]) => [
  [french, english],
  ...PHONE_NAMES.map(([phone, name]): [string, string] => [`${french} du ${phone}`, `${english} for the ${name}`]),
]);
const ADD_AFTER_THE_NOUN = Object.fromEntries(
  ADDING.flatMap((add) =>
    OF_THE_PHONE.flatMap(([french, english]) =>
      ['le', 'la', 'les', 'un', 'une'].map((article) => [`${add} ${article} ${french}`, `add the ${english}`]),
    ),
  ),
);

export const FR_COLLOQUIAL: PhraseTable = {
  // Chat shortcuts
  c: 'it is',
  'c normal': 'is it normal',
  "c'est normal": 'is it normal',
  'cest normal': 'is it normal',
  'est-ce normal': 'is it normal',
  normal: 'normal',
  'usb c': 'usb-c',
  'type c': 'usb-c',
  qd: 'when',
  stp: 'please',
  svp: 'please',
  jsp: "i don't know",
  'je sais pas': "i don't know",
  chui: 'i am',
  chuis: 'i am',
  chu: 'i am',
  jsuis: 'i am',
  pk: 'why',
  pq: 'why',
  'en charge rapide': 'while fast charging',
  // Warmth while fast charging is the normal kind: "chauffe" there is "gets warm", not "gets hot".
  ...Object.fromEntries(
    ['chauffe', 'chauffe un peu', 'chauffe légèrement'].flatMap((warm) =>
      ['en charge rapide', 'pendant la charge rapide', 'avec la charge rapide', 'quand je le charge'].map((when) => [
        `${warm} ${when}`,
        `gets warm ${when === 'quand je le charge' ? 'when i charge it' : 'while fast charging'}`,
      ]),
    ),
  ),
  'chauffe un peu': 'gets a bit warm',
  'chauffe légèrement': 'gets a bit warm',
  'la charge rapide': 'fast charging',
  'pendant la charge rapide': 'while fast charging',
  'de charge rapide': 'fast charging',
  // "À" without its accent is "to" before a possessive, a time or a number; after a subject it is "has".
  ...Object.fromEntries(POSSESSIVES.map(([word, english]) => [`a ${word}`, `to ${english}`])),
  ...Object.fromEntries(
    SUBJECTS.flatMap(([subject, has]) =>
      POSSESSIVES.slice(0, 12).map(([word, english]) => [`${subject} a ${word}`, `${has} ${english}`]),
    ),
  ),
  à: 'to',
  'à soir': 'tonight',
  'a soir': 'tonight',
  'à matin': 'this morning',
  'a matin': 'this morning',
  'a ce matin': 'this morning',
  'à ce matin': 'this morning',
  'a fil': 'wired',
  'à fil': 'wired',
  // Idioms that read as heat, fire or melting
  'à fond': 'totally',
  'a fond': 'totally',
  'à fond dans': 'totally into',
  'a fond dans': 'totally into',
  'à fond sur': 'totally into',
  'a fond sur': 'totally into',
  'à fond la caisse': 'flat out',
  "c'est le feu": "it's great",
  'cest le feu': "it's great",
  'c le feu': "it's great",
  'suis chaud pour': 'am up for',
  'suis chaude pour': 'am up for',
  'chui chaud pour': 'i am up for',
  'ça me fait fondre': 'i love it',
  'ca me fait fondre': 'i love it',
  'me fait fondre': 'i love it',
  // Compounds without "de"
  'carte mémoire': 'memory card',
  'cartes mémoire': 'memory cards',
  'carte micro sd': 'microsd card',
  'carte microsd': 'microsd card',
  'carte sd': 'sd card',
  'lecteur carte': 'card reader',
  'lecteur de carte': 'card reader',
  'lecteur de cartes': 'card reader',
  'se passer de': 'do without',
  'me passer de': 'do without',
  'me passer du': 'do without the',
  'me passer des': 'do without',
  // Quebec
  pis: 'and',
  magané: 'damaged',
  maganée: 'damaged',
  craqué: 'cracked',
  craquée: 'cracked',
  craqués: 'cracked',
  'est craqué': 'is cracked',
  'est craquée': 'is cracked',
  cell: 'phone',
  cellulaire: 'phone',
  écoeurant: 'awesome',
  écœurant: 'awesome',
  pantoute: 'not at all',
  'marche pantoute': "doesn't work at all",
  'fonctionne pantoute': "doesn't work at all",
  'pas pantoute': 'not at all',
  "j'appelle": 'i call',
  "je l'ai mis": 'i put it',
  "j'ai mis": 'i put',
  'tanné de': 'tired of',
  'tanné des': 'tired of',
  'tannée de': 'tired of',
  'tannée des': 'tired of',
  'a tu': 'does it have',
  'a-tu': 'does it have',
  'as-tu': 'do you have',
  // Spoken filler and negation without "ne"
  genre: '',
  'quel genre': 'what kind',
  'genre de': 'kind of',
  'il me plaît pas': "i don't like it",
  'elle me plaît pas': "i don't like it",
  'ça me plaît pas': "i don't like it",
  'il ne me plaît pas': "i don't like it",
  'elle ne me plaît pas': "i don't like it",
  'il me plait pas': "i don't like it",
  'elle me plait pas': "i don't like it",
  'il me convient pas': "it doesn't suit me",
  'elle me convient pas': "it doesn't suit me",
  'il ne me convient pas': "it doesn't suit me",
  'elle ne me convient pas': "it doesn't suit me",
  'ça me convient pas': "it doesn't suit me",
  'me convient pas': "doesn't suit me",
  'les gens': 'people',
  'personne ne': 'nobody',
  'personne ne m’entend': 'nobody can hear me',
  "personne ne m'entend": 'nobody can hear me',
  // Business
  'je gère': 'i run',
  'je dirige': 'i run',
  'on gère': 'we run',
  boulangerie: 'bakery',
  'petite entreprise': 'small business',
  'le staff': 'the staff',
  staff: 'staff',
  'le personnel': 'the staff',
  'mon personnel': 'my staff',
  'notre personnel': 'our staff',
  'du personnel': 'staff',
  'service commercial': 'sales team',
  'le service commercial': 'the sales team',
  'un commercial': 'a salesperson',
  'une commerciale': 'a salesperson',
  'une remise': 'a discount',
  'un geste sur le prix': 'a discount',
  'un geste commercial': 'a discount',
  'faire un geste': 'give a discount',
  ...Object.fromEntries(OF_THE_PHONE),
  ...ADD_AFTER_THE_NOUN,
  ...Object.fromEntries(
    ['1', '2', '1,5', '0,5', '3'].flatMap((n) => [
      [`de ${n} m`, `${n.replace(',', '.')} m`],
      [`de ${n}m`, `${n.replace(',', '.')} m`],
    ]),
  ),
};
