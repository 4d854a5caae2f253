import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own: chat spelling, Quebec words, a shop owner's words, the adjective after the noun. */
const READS: Array<[french: string, english: RegExp]> = [
  ['tkt c pas grave, dsl pour le pb', /^don't worry it's fine, sorry for the problem$/],
  ['jsp pcq mtn ma batterie est à terre', /\bi don't know because now my battery is dead\b/],
  ['mon tel est tombé à terre', /\bfell on the ground\b/],
  ['je veux voir tes coques', /\byour cases\b/],
  ['tes sûr ?', /\bare you sure\b/],
  ['ajoute deux câbles blancs et la coque verte', /\bwhite cables\b.*\bthe green case\b/],
  ['c trop dispendieux, je vais magasiner la fin de semaine', /\btoo expensive\b.*\bshop around the weekend\b/],
  ['un devis pour mes employés ?', /\ba quote for my staff\b/],
  ['en gros mon écran est cassé', /^basically my screen\b/],
];

test('chat spelling and everyday words read as the English engine needs them', () => {
  for (const [french, english] of READS) assert.match(toEnglish(french, 'fr'), english, french);
});

test.run();
