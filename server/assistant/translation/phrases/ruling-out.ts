import type { PhraseTable } from '../gist.js';

/**
 * A product named to be left out of a ranking ("the best battery apart from the Terra"): the
 * English the built-in engine reads, where the words then rule that product out
 * (nlu/entities.ts RULED_OUT). Keys as in the language tables: accents and case ignored, the
 * longest phrase wins.
 */
export const ES_RULING_OUT: PhraseTable = {
  'aparte de': 'apart from',
  'aparte del': 'apart from the',
  'aparte de la': 'apart from the',
  excepto: 'except',
  'excepto el': 'except the',
  salvo: 'except',
  'salvo el': 'except the',
  'quitando el': 'apart from the',
  'sin contar el': 'apart from the',
  'que no sea el': 'other than the',
  'que no sea la': 'other than the',
  'fuera del': 'apart from the',
  'dejando fuera el': 'apart from the',
  'descartando el': 'apart from the',
};

export const FR_RULING_OUT: PhraseTable = {
  'a part': 'apart from',
  'a part le': 'apart from the',
  'a part la': 'apart from the',
  sauf: 'except',
  'sauf le': 'except the',
  'sauf la': 'except the',
  hormis: 'except',
  'hormis le': 'except the',
  excepte: 'except',
  'excepte le': 'except the',
  'autre que': 'other than',
  'autre que le': 'other than the',
  'en dehors du': 'apart from the',
  'mis a part le': 'apart from the',
};

export const DE_RULING_OUT: PhraseTable = {
  außer: 'except',
  'außer dem': 'except the',
  'außer das': 'except the',
  'abgesehen von': 'apart from',
  'abgesehen vom': 'apart from the',
  'abgesehen von dem': 'apart from the',
  'bis auf': 'except',
  'bis auf das': 'except the',
  'bis auf den': 'except the',
  'mal abgesehen vom': 'apart from the',
};
