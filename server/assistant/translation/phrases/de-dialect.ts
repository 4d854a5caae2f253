import type { PhraseTable } from '../gist.js';

/**
 * South German, Austrian and Swiss spellings of the table's everyday words: "des isch net
 * kaputt", "habts koa Hülle", "i hob grad", "geht nimmer". Each phrase of the table is also
 * keyed in the dialect's spelling, one word family at a time (so "nicht mehr" → "nimmer" and
 * "ist" → "isch" both reach "lädt nimmer" and "des isch"). Words that are something else on
 * their own ("no" is English, "des" is German's "of the", "i" is English) are swapped only
 * inside a longer phrase.
 */
const EVERYWHERE: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bnicht mehr\b/g, ['nimmer', 'nimma', 'net mehr', 'ned mehr']],
  [/\bnicht\b/g, ['net', 'ned', 'nit']],
  [/\bist\b/g, ['isch']],
  [/\bkein\b/g, ['koa', 'ka']],
  [/\bkeine\b/g, ['koa', 'ka', 'koane', 'kane']],
  [/\bkeinen\b/g, ['koan', 'kan', 'koa', 'ka']],
  [/\bgerade\b/g, ['grad', 'grade']],
  [/\bhaben\b/g, ['ham', 'hom']],
  [/\bhabe\b/g, ['hob']],
  [/\bhab\b/g, ['hob']],
  [/\bgibt es\b/g, ['gibts', "gibt's", 'gits']],
  [/\bhabt ihr\b/g, ['habts', 'hobts', "habt's"]],
];
/** Only inside phrases of two words or more. */
const IN_PHRASES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bnoch\b/g, ['no']],
  [/\bdas\b/g, ['des']],
  [/\bich\b/g, ['i']],
];

/** The table with each phrase also in its dialect spellings (the table's own keys win). */
export function withDialectSpellings(table: PhraseTable): PhraseTable {
  const out: Record<string, string> = {};
  for (const [key, english] of Object.entries(table)) {
    const rules = key.includes(' ') ? [...EVERYWHERE, ...IN_PHRASES] : EVERYWHERE;
    for (const [from, spellings] of rules) {
      if (!key.match(from)) continue;
      for (const spelled of spellings) out[key.replace(from, spelled)] ??= english;
    }
  }
  return { ...out, ...table };
}
