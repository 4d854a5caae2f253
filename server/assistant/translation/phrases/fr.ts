import type { PhraseTable } from '../gist.js';

/**
 * French → the English the built-in engine reads (gist.ts): the shop's domain, by topic.
 * Keys are matched without accents or case; the longest phrase wins; "" drops a word.
 */
export const FR: PhraseTable = {};
