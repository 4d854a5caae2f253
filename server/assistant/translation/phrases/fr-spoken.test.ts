import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own, one per class of spoken French the auditors found; each gist is what the English engine needs. */
const READS: Array<[french: string, english: RegExp]> = [
  ["ya 10 jours j'ai commandé, genre le Go", /^10 days ago i ordered, the go$/i],
  ['il me convient pas, je peux le rendre ?', /\bit doesn't suit me, can i return it\?/],
  ["les gens m'entendent pas", /\bpeople don't hear me\b/],
  ["j'entends rien et ils m'envoient des mails", /\bi hear nothing\b.*\bthey send me\b/],
  ['personne ne répond', /\bnobody\b/],
  ["je paie à la commande ou à l'expédition ?", /\bwhen i order or when it ships\b/],
  ['tu es un vrai humain ou un robot ?', /\bare you a real person or a bot\?/],
  ['dis-moi, sois honnête', /\btell me, be honest\b/],
  ['les batteries gonflent et fument', /\bthe batteries swell and smoke\b/],
  ['ils veulent pas me rembourser', /\bthey don't want to refund me\b/],
  ['remboursez-moi ou passez-moi un conseiller', /\brefund me or put me through to an agent\b/],
  ["l'écran clignote a l'allumage", /\bwhen i turn it on\b/],
  ["à l'ouverture du colis l'écran était cassé", /^when i opened the parcel\b/],
];

test('verbs in every person, pronouns before an infinitive, commands, times and bot questions read as the English engine needs them', () => {
  for (const [french, english] of READS) assert.match(toEnglish(french, 'fr'), english, french);
});

test.run();
