import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own, one per class the auditors found; each gist is what the English engine needs. */
const READS: Array<[french: string, english: RegExp]> = [
  [
    'c normal qd mon tel chauffe en charge rapide stp ? jsp',
    /^is it normal when my phone gets warm while fast charging please\? i don't know$/,
  ],
  ["c'est normal ?", /\bis it normal\b/],
  ['chui à fond dans les jeux', /\btotally into\b/],
  ["je l'ai mis a mon panier a soir", /\bto my cart tonight\b/],
  ['il a mon numéro', /\bhe has my number\b/],
  ["c'est le feu ce tel", /\bit's great\b/],
  ['je suis chaud pour le Halo', /\bup for the Halo\b/],
  ['mon tel est trop chaud pour le tenir', /\btoo hot\b/],
  ['ça me fait fondre', /\bi love it\b/],
  ['il me faut une carte mémoire et un lecteur carte', /\ba memory card and a card reader\b/],
  ['je peux me passer de la prise jack', /\bdo without the headphone jack\b/],
  ['mon cell est magané pis ça marche pantoute', /\bphone is damaged and it doesn't work at all\b/],
  ["l'écran est craqué", /\bscreen is cracked\b/],
  ['je dirige une boulangerie et le personnel', /\bi run a bakery and the staff\b/],
  ['le service commercial peut faire une remise ?', /\bthe sales team\b.*\ba discount\b/],
  ['ajoute le câble tressé blanc de 2 m', /\badd the white braided cable 2 m\b/],
  ['ajoute la coque transparente', /\badd the clear case\b/],
  ['ajoute la coque transparente du Go', /\badd the clear case for the Vision Go\b/],
  ['mon tel chauffe énormément et gonfle', /\bgets hot a lot\b/],
];

test('chat shortcuts, idioms, Quebec words and spoken French read as the English engine needs them', () => {
  for (const [french, english] of READS) assert.match(toEnglish(french, 'fr'), english, french);
});

test.run();
