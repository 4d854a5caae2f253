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

export const REGIONAL: PhraseTable = {
  ...Object.fromEntries(CHILD_WORDS.map((word) => [word, word.endsWith('s') ? 'kids' : 'kid'])),
  'mi guagua': 'my baby',
  'la guagua de mi': 'the baby of my',
  ...Object.fromEntries(SWALLOWED.map((words) => [words, words.includes('boca') ? 'put in the mouth' : 'swallowed'])),
};
