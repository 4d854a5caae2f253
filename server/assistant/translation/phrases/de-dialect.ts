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
/** Dialect words of their own, and "des" where it is "das" (before a verb, or a noun without the genitive's -s). */
const DIALECT_WORDS: PhraseTable = {
  nimmer: 'no longer',
  nimma: 'no longer',
  'geht nimmer': "doesn't work anymore",
  'geht nimma': "doesn't work anymore",
  mei: 'my',
  "z'": 'too',
  scho: 'already',
  'passt scho': "it's fine",
  'ist hin': 'is dead',
  'isch hin': 'is dead',
  'is hin': 'is dead',
  woas: 'know',
  woaß: 'know',
  'i woas net': "i don't know",
  'i woas ned': "i don't know",
  'i woaß net': "i don't know",
  'i woaß ned': "i don't know",
  'habts ihr': 'do you have',
  'no in': 'still in',
  'hobts ihr': 'do you have',
  // "Des" is "das" in the south; German's genitive "des" has the -s on its noun ("des Akkus").
  des: 'the',
  ...Object.fromEntries(
    [
      ['akkus', 'battery'],
      ['handys', 'phone'],
      ['telefons', 'phone'],
      ['displays', 'screen'],
      ['bildschirms', 'screen'],
      ['geräts', 'device'],
      ['gerätes', 'device'],
      ['kabels', 'cable'],
      ['pakets', 'parcel'],
      ['kontos', 'account'],
      ['kaufs', 'purchase'],
      ['kaufes', 'purchase'],
      ['artikels', 'item'],
      ['monats', 'month'],
      ['jahres', 'year'],
      ['vertrags', 'contract'],
    ].map(([noun, english]) => [`des ${noun}`, `of the ${english}`]),
  ),
  'gibts des': 'is there that',
  'hab des': 'have that',
  'mach des': 'yes, do it',
  'nimm des': 'take that',
};
const IN_PHRASES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bnoch\b/g, ['no']],
  [/\bdas\b/g, ['des']],
  [/\bich\b/g, ['i']],
];

/** No phrase gets more dialect spellings than this ("habt ihr noch keine", in every mix). */
const MOST_SPELLINGS = 64;

/** The table with each phrase also in its dialect spellings, mixed ("no net"); the table's own keys win but for DIALECT_WORDS. */
export function withDialectSpellings(table: PhraseTable): PhraseTable {
  const out: Record<string, string> = { ...DIALECT_WORDS };
  for (const [key, english] of Object.entries(table)) {
    const rules = key.includes(' ') ? [...EVERYWHERE, ...IN_PHRASES] : EVERYWHERE;
    let spellings = [key];
    for (const [from, dialect] of rules) {
      if (!key.match(from)) continue;
      const more = spellings.flatMap((s) => dialect.map((d) => s.replace(from, d)));
      spellings = [...spellings, ...more].slice(0, MOST_SPELLINGS);
    }
    for (const spelled of spellings.slice(1)) out[spelled] ??= english;
  }
  return { ...out, ...table, ...DIALECT_WORDS };
}
