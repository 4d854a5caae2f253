import { editDistance } from '../../nlu/fuzzy.js';

/**
 * A shopper's French, German or Spanish message in the English the built-in engine understands:
 * a word-for-word "gist" from a phrase table of the shop's domain (phrases/). Longest phrase first,
 * accents and case ignored, a typo of one letter forgiven in words of six letters or more; what
 * the table does not know (product names, numbers, order numbers, English) passes through as
 * written. It is not a translation for people: it is what the English rules and classifier read,
 * and what staff see as the English beside the shopper's words.
 */
export type PhraseTable = Readonly<Record<string, string>>;

export interface CompiledTable {
  /** Phrases by their first word without accents, longest first: [words, English]. */
  byFirst: Map<string, Array<[string[], string]>>;
  /** The same, as written (lower case, accents kept): "où" is "where" though "ou" is "or". */
  exact: Map<string, Array<[string[], string]>>;
  /** One-word phrases of TYPO_MIN_LETTERS or more, for typo repair. */
  long: string[];
  /** Every word of every key, without accents. */
  words: Set<string>;
  /** The table's words an unknown word may be another form of ("pilita" → "pila"), likeliest first. */
  variants?: (folded: string) => string[];
}

/**
 * "Où est-ce ma commande ?" → ["Où", "est-ce", "ma", "commande", "?"]; "l'écran" → ["l'", "écran"];
 * "VX-1234" and "USB-C" stay one word. A key may end in its elision ("l'", "qu'").
 */
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’](?=\p{L}))?|[^\s\p{L}\p{N}]/gu;
const KEY_TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu;

/** Lower case, accents kept, one apostrophe: how a phrase is matched as written. */
export const lower = (word: string) => word.normalize('NFC').replace(/’/g, "'").toLowerCase();

export const fold = (word: string) =>
  word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").replace(/ß/g, 'ss').toLowerCase();

const tokens = (text: string, pattern = TOKEN) => text.match(pattern) ?? [];

/** Typos are forgiven from this length: shorter words are too often other words one letter away. */
const TYPO_MIN_LETTERS = 6;

function index(table: PhraseTable, normalise: (word: string) => string): Map<string, Array<[string[], string]>> {
  const byFirst = new Map<string, Array<[string[], string]>>();
  for (const [source, english] of Object.entries(table)) {
    const words = tokens(source, KEY_TOKEN).map(normalise);
    if (!words.length) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push([words, english]);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return byFirst;
}

export function compileTable(table: PhraseTable, variants?: (folded: string) => string[]): CompiledTable {
  const byFirst = index(table, fold);
  const exact = index(table, lower);
  const long = [...byFirst.entries()]
    .filter(([w, l]) => w.length >= TYPO_MIN_LETTERS && l.some((p) => p[0].length === 1))
    .map(([w]) => w);
  const words = new Set([...byFirst.values()].flatMap((list) => list.flatMap(([phrase]) => phrase)));
  return { byFirst, exact, long, words, ...(variants ? { variants } : {}) };
}

/** A word the table does not know, read as the form of a table word it is (a diminutive), when it is one. */
function known(word: string, table: CompiledTable): string {
  if (table.words.has(word) || !table.variants) return word;
  return table.variants(word).find((v) => table.words.has(v)) ?? word;
}

/** The word of the table `word` is a one-letter typo of, when exactly one is that close. */
function repair(word: string, table: CompiledTable): string | undefined {
  if (word.length < TYPO_MIN_LETTERS || /\d/.test(word)) return undefined;
  const close = table.long.filter((w) => editDistance(word, w, 1) <= 1);
  return close.length === 1 ? close[0] : undefined;
}

/** A piece of the gist: a word or mark as written, or the table's English for a phrase. */
interface Piece {
  text: string;
  english: boolean;
  /** Whitespace stood before it in the message. */
  spaced: boolean;
}

const WORDLIKE = /^[\p{L}\p{N}]/u;
/** English typography: no space before these, whatever the message's own ("panier ?"). */
const CLOSING = /^[.,!?;:…)\]»”]$/;

/** Pieces joined as the message spaced them; the table's English always stands apart from words. */
function join(pieces: readonly Piece[]): string {
  let out = '';
  for (const [i, piece] of pieces.entries()) {
    const before = pieces[i - 1];
    const apart =
      before &&
      !CLOSING.test(piece.text) &&
      (piece.spaced || (WORDLIKE.test(piece.text) && (piece.english || before.english) && !before.text.endsWith("'")));
    out += (apart ? ' ' : '') + piece.text;
  }
  return out;
}

export function gist(text: string, table: CompiledTable): string {
  const found = [...text.matchAll(TOKEN)];
  const raw = found.map((m) => m[0]);
  const spaced = found.map((m, i) => i > 0 && /\s/.test(text.slice(found[i - 1]!.index + raw[i - 1]!.length, m.index)));
  const folded = raw.map((w) => known(fold(w), table));
  const written = raw.map((w, i) => (folded[i] === fold(w) ? lower(w) : folded[i]!));
  const pieces: Piece[] = [];
  const longest = (phrases: Array<[string[], string]> | undefined, at: number, words: string[], anyFirst = false) =>
    phrases?.find(([p]) => p.every((w, j) => (anyFirst && j === 0) || words[at + j] === w));
  for (let i = 0; i < raw.length; ) {
    const first = folded[i]!;
    // As written first ("où", "payé"); without accents for a shopper who typed none ("ou" → "where" only if nothing else fits).
    const asWritten = longest(table.exact.get(written[i]!), i, written);
    const key = table.byFirst.has(first) ? first : repair(first, table);
    const unaccented = key ? longest(table.byFirst.get(key), i, folded, true) : undefined;
    const match = asWritten && (!unaccented || asWritten[0].length >= unaccented[0].length) ? asWritten : unaccented;
    if (match) {
      if (match[1]) pieces.push({ text: match[1], english: true, spaced: spaced[i]! });
      i += match[0].length;
    } else {
      pieces.push({ text: raw[i]!.replace(/’/g, "'"), english: false, spaced: spaced[i]! });
      i++;
    }
  }
  return join(pieces);
}
