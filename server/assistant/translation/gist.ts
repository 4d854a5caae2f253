import { editDistance } from '../../nlu/fuzzy.js';

/**
 * A shopper's French, German or Spanish message in the English the built-in engine understands:
 * a word-for-word "gist" from a phrase table of the shop's domain (phrases/). Longest phrase first,
 * accents and case ignored, a typo of one letter forgiven in words of five letters or more; what
 * the table does not know (product names, numbers, order numbers, English) passes through as
 * written. It is not a translation for people: it is what the English rules and classifier read,
 * and what staff see as the English beside the shopper's words.
 */
export type PhraseTable = Readonly<Record<string, string>>;

export interface CompiledTable {
  /** Phrases by their first word, longest first: [words, English]. */
  byFirst: Map<string, Array<[string[], string]>>;
  /** One-word phrases of five letters or more, for typo repair. */
  long: string[];
}

/**
 * "Où est-ce ma commande ?" → ["Où", "est-ce", "ma", "commande", "?"]; "l'écran" → ["l'", "écran"];
 * "VX-1234" and "USB-C" stay one word. A key may end in its elision ("l'", "qu'").
 */
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’](?=\p{L}))?|[^\s\p{L}\p{N}]/gu;
const KEY_TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu;

export const fold = (word: string) =>
  word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").replace(/ß/g, 'ss').toLowerCase();

const tokens = (text: string, pattern = TOKEN) => text.match(pattern) ?? [];

export function compileTable(table: PhraseTable): CompiledTable {
  const byFirst = new Map<string, Array<[string[], string]>>();
  for (const [source, english] of Object.entries(table)) {
    const words = tokens(source, KEY_TOKEN).map(fold);
    if (!words.length) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push([words, english]);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  const long = [...byFirst.entries()]
    .filter(([w, l]) => w.length >= 5 && l.some((p) => p[0].length === 1))
    .map(([w]) => w);
  return { byFirst, long };
}

/** The word of the table `word` is a one-letter typo of, when exactly one is that close. */
function repair(word: string, table: CompiledTable): string | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined;
  const close = table.long.filter((w) => editDistance(word, w, 1) <= 1);
  return close.length === 1 ? close[0] : undefined;
}

const NO_SPACE_BEFORE = /^[.,!?;:…)\]»”]$/;

export function gist(text: string, table: CompiledTable): string {
  const raw = tokens(text);
  const folded = raw.map(fold);
  const out: string[] = [];
  for (let i = 0; i < raw.length; ) {
    const first = folded[i]!;
    const key = table.byFirst.has(first) ? first : repair(first, table);
    const match =
      key && table.byFirst.get(key)!.find(([words]) => words.every((w, j) => (j === 0 ? true : folded[i + j] === w)));
    if (match) {
      if (match[1]) out.push(match[1]);
      i += match[0].length;
    } else {
      out.push(raw[i]!.replace(/’/g, "'"));
      i++;
    }
  }
  return out
    .reduce((text, t) => (!text ? t : NO_SPACE_BEFORE.test(t) ? text + t : `${text} ${t}`), '')
    .replace(/' /g, "'");
}
