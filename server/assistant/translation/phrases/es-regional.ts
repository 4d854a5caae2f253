import type { PhraseTable } from '../gist.js';

/**
 * Regional Spanish for the people and acts the safety rules look for: a child in Guatemala is a
 * "patojo", in Honduras and El Salvador a "cipote", in Nicaragua a "chavalo", in Mexico an
 * "escuincle" or "chamaco", by the River Plate a "pibe" or "gurí"; and swallowing said the
 * colloquial ways ("se jambó", "se zampó", "se lo empacó"). Keys as in es.ts: accents and case
 * ignored, the longest phrase wins; diminutives ("patojito", "chamaquito") come from es-diminutives.ts.
 */
const CHILD_WORDS = [
  'patojo',
  'patoja',
  'patojos',
  'cipote',
  'cipota',
  'cipotes',
  'cipotillo',
  'cipotilla',
  'chavalo',
  'chavala',
  'chavalos',
  'escuincle',
  'escuincla',
  'escuincles',
  'chamaco',
  'chamaca',
  'chamacos',
  'pibe',
  'piba',
  'pibes',
  'guri',
  'gurisa',
  'gurises',
  'chiquillo',
  'chiquilla',
  'chiquillos',
  'cabro chico',
  'cabra chica',
];

/** Eaten or swallowed, said the colloquial ways: the rules read "swallowed". */
const SWALLOWED = [
  'se jambo',
  'se lo jambo',
  'se la jambo',
  'se zampo',
  'se lo zampo',
  'se la zampo',
  'se empaco',
  'se lo empaco',
  'se la empaco',
  'se engullo',
  'se lo engullo',
  'engullo',
  'ingirio',
  'se ingirio',
  'deglutio',
  'se lo llevo a la boca',
  'se la llevo a la boca',
  'se llevo a la boca',
];

/**
 * The other forms of swallowing, eating and chewing, above all after "acaba de" ("has just"): "se
 * acaba de tragar un imán" reads "just swallowed a magnet". Eating only after "acaba de", since "se
 * come la batería" is a battery that drains.
 */
const SWALLOWING_FORMS: PhraseTable = {
  ...Object.fromEntries(
    ['tragar', 'tragarse', 'tragarselo', 'tragarsela', 'tragaron', 'se tragaron', 'traga', 'tragan', 'se traga'].map(
      (form) => [form, 'swallowed'],
    ),
  ),
  tragandose: 'swallowing',
  ...Object.fromEntries(
    ['acaba de', 'acaban de', 'se acaba de', 'se acaban de', 'le acaba de'].flatMap((just) =>
      ['comer', 'comerse', 'comerselo', 'comersela'].map((eat) => [`${just} ${eat}`, 'just ate']),
    ),
  ),
  comieron: 'ate',
  'se comieron': 'ate',
  morder: 'chew',
  morderlo: 'chew',
  mordieron: 'chewed',
  muerde: 'chews',
  mordiendo: 'chewing',
};

export const REGIONAL: PhraseTable = {
  ...SWALLOWING_FORMS,
  ...Object.fromEntries(CHILD_WORDS.map((word) => [word, word.endsWith('s') ? 'kids' : 'kid'])),
  'mi guagua': 'my baby',
  'la guagua de mi': 'the baby of my',
  ...Object.fromEntries(SWALLOWED.map((words) => [words, words.includes('boca') ? 'put in the mouth' : 'swallowed'])),
};
