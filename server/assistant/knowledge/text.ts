import { inGuideEnglish } from './glossary.js';

/**
 * Words for retrieval: the guide and the shopper's question go through the same rules, so
 * "charging", "charger" and "charges" meet at `charg`, and "money back" finds "refund".
 */

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could did do does doing for from had has have how i if in into is it its ' +
    'me my of on or our so than that the their them then there these they this to too was we were what which ' +
    'old who why will with would you your yours am please just about any also get got want need one ok hi hello thank thanks ' +
    'not no t s don isn doesn won didn can cannot vs visionx vision still again after everything really very ridiculous unacceptable terrible'
  ).split(' '),
);

/** Phrases rewritten before splitting into words (both sides), so they become one searchable word. */
const PHRASES: Array<[RegExp, string]> = [
  // "wont", "cant": apostrophes left out are stopwords too, as "won't" → "won t" is.
  [/\b(won|don|can|doesn|isn|didn|aren|wasn)t\b/g, '$1 t'],
  [/\bwi ?fi\b/g, 'wifi'],
  [/\bcolor/g, 'colour'],
  [/\b(uk|britain|england|scotland|wales|united kingdom)\b/g, 'unitedkingdom'],
  [/\b(usa|america|united states)\b/g, 'unitedstates'],
  [/\be ?sim\b/g, 'esim'],
  [/\b5 g\b/g, '5g'],
  [/\bmoney back\b/g, 'refund'],
  [/\b(send|give|bring|take) ((?:\w+ ){0,2})back\b/g, '$2return'],
  [/\b(turn|switch|power) (it )?on\b/g, 'turnon'],
  [/\b(log|sign) ?in\b/g, 'signin'],
  [/\bair ?plane\b/g, 'airplane'],
  [/\btrad(e|ed|ing) ?in\b/g, 'tradein'],
  [/\bhow long\b/g, 'time'],
  [/\bhow much\b/g, 'cost'],
  [/\bfactory reset\b/g, 'factoryreset'],
  [/\btake (the |my |your )?money\b/g, 'charge'],
  [/\b(warrenty|waranty|warrantee|warentee)\b/g, 'warranty'],
  [
    /\b(kill|kills|invalidate|invalidates|ruin|ruins|cancel|cancels|lose|affect|affects) (my |the |your )?(warranty|guarantee)\b/g,
    'void warranty',
  ],
];

/** Words that mean the same thing to a shopper: a query word also searches its group. */
const SYNONYM_GROUPS: string[][] = [
  ['box', 'packag', 'carton'],
  ['refund', 'reimburs', 'repay'],
  ['return', 'send'],
  ['ship', 'deliveri', 'deliv', 'dispatch', 'postag', 'post', 'parcel', 'arriv'],
  ['cost', 'price', 'fee'],
  ['hot', 'heat', 'overheat', 'warm'],
  ['swollen', 'swell', 'bulg', 'puff', 'puffi', 'expand'],
  ['water', 'wet', 'liquid', 'rain', 'submerg', 'sink', 'pool', 'toilet', 'bath', 'sea', 'lake'],
  ['time', 'day', 'week', 'hour', 'minut'],
  ['reset', 'factoryreset', 'erase', 'wipe'],
  ['password', 'signin', 'account', 'lock'],
  ['crack', 'broken', 'damag', 'shatter'],
  ['mobil', 'signal', '5g', 'esim', 'sim', 'carrier'],
  ['bluetooth', 'pair', 'earbud', 'headphon', 'bud'],
  ['sound', 'speaker', 'audio', 'volum', 'microphon', 'mic', 'hear'],
  ['storag', 'space', 'full', 'memori'],
  ['turnon', 'boot', 'dead', 'start'],
  ['camera', 'lens', 'blurri', 'focus'],
  ['screen', 'display', 'flicker', 'touch'],
  ['transfer', 'move', 'copi', 'migrat'],
  ['updat', 'upgrad', 'softwar'],
  ['tradein', 'sell', 'buyback'],
  ['recycl', 'dispos'],
  ['privaci', 'gdpr', 'export', 'delet'],
  ['warranti', 'guarante', 'defect'],
  ['repair', 'fix', 'modul'],
  ['pay', 'payment', 'paid'],
  ['cancel', 'cancellation'],
  ['weekend', 'saturday', 'sunday', 'holiday'],
  ['wifi', 'internet', 'router'],
  ['batteri', 'drain'],
  ['safe', 'secur', 'protect', 'encrypt'],
];

/** Lower case, accents and punctuation gone, "don't" → "don t", numbers kept ("30 day"). */
export function normalise(text: string): string {
  let out = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out;
}

/** A light suffix stripper (enough for a 7,000-word guide): plurals, -ing, -ed, -er, -ly, final e. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /(ch|sh|x|ss|s)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('er') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (/([bcdfgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  return w;
}

/** The searchable words of a text, stopwords dropped, stemmed. */
export function terms(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w))
    .map(stem)
    .filter((w) => !STOPWORDS.has(w));
}

// Built after stem() exists: a group may be written in whole words or stems, it is matched stemmed.
const GROUP_OF = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const stems = [...new Set(group.map(stem))];
  for (const word of stems) GROUP_OF.set(word, stems);
}

/** A query's words with their weights: the words themselves 1, their synonyms 0.5. */
export function queryTerms(text: string): Map<string, number> {
  const weights = new Map<string, number>();
  // A question in French, German or Spanish searches the English guide by its English words.
  for (const t of terms(inGuideEnglish(normalise(text)))) {
    weights.set(t, 1);
    for (const syn of GROUP_OF.get(t) ?? []) if (!weights.has(syn)) weights.set(syn, 0.5);
  }
  return weights;
}
