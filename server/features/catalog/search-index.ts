import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Category } from '../../../shared/catalog.js';
import { correctWord, normaliseText, wordsOf } from './search-text.js';

/** Words a shopper may use for a category, singular and plural. */
const CATEGORY_WORDS: Record<Category, string> = {
  phones: 'phones phone smartphone smartphones',
  cases: 'cases case cover covers',
  chargers: 'chargers charger charging power adapter',
  cables: 'cables cable cord',
  audio: 'audio earbuds headphones sound',
  'screen-protectors': 'screen protectors protector glass',
  wearables: 'wearables wearable watch',
};

export interface SearchableProduct {
  name: string;
  category: Category;
  tags: string[];
  colours: { name: string }[];
  specs: { group: string; name: string; value: string }[];
  description: string;
}

/** The normalised text of each indexed column (see search-text.ts for why normalised). */
export function searchDocument(p: SearchableProduct) {
  return {
    name: normaliseText(p.name),
    category: CATEGORY_WORDS[p.category],
    tags: normaliseText(p.tags.join(' ')),
    colours: normaliseText(p.colours.map((c) => c.name).join(' ')),
    specs: normaliseText(p.specs.map((s) => `${s.group} ${s.name} ${s.value}`).join(' . ')),
    description: normaliseText(p.description),
  };
}

/** Column weights for bm25: a name match counts most, the description least. */
const RANK = sql`bm25(product_search, 10.0, 4.0, 5.0, 4.0, 1.5, 1.0)`;

// The indexed terms change only when the catalog is seeded; kept per database handle.
const vocabularies = new WeakMap<Db, Map<string, number>>();

export function vocabularyOf(db: Db): Map<string, number> {
  let vocab = vocabularies.get(db);
  if (!vocab) {
    const rows = db.all<{ term: string; doc: number }>(sql`select term, doc from product_search_vocab`);
    vocab = new Map(rows.map((r) => [r.term, r.doc]));
    vocabularies.set(db, vocab);
  }
  return vocab;
}

export function forgetVocabulary(db: Db): void {
  vocabularies.delete(db);
}

export interface TextMatch {
  /** Product id → rank position (0 is the best match). */
  ranks: Map<number, number>;
  /** The words actually searched, when typo correction changed any. */
  corrected: string | null;
}

/**
 * Products matching every word (each as a word or a word prefix, typos corrected against the
 * index's vocabulary); if no product has them all, those matching any word.
 */
export function matchText(db: Db, query: string): TextMatch {
  const vocab = vocabularyOf(db);
  const words = wordsOf(query);
  const searched = words.map((w) => (hasPrefix(vocab, w) ? w : (correctWord(w, vocab) ?? w)));
  const corrected = searched.join(' ') !== words.join(' ') ? searched.join(' ') : null;
  const terms = searched.map((w) => (w.length >= 2 ? `("${w}" OR "${w}"*)` : `"${w}"`));
  let rows = run(db, terms.join(' AND '));
  if (rows.length === 0 && terms.length > 1) rows = run(db, terms.join(' OR '));
  const ordered = rows
    .map((row, position) => ({ id: row.id, position, ...nameFit(row.name, searched) }))
    .sort((a, b) => a.tier - b.tier || a.extraWords - b.extraWords || a.position - b.position);
  return { ranks: new Map(ordered.map((r, i) => [r.id, i])), corrected };
}

function run(db: Db, match: string): { id: number; name: string }[] {
  if (!match) return [];
  return db.all(sql`select rowid as id, name from product_search where product_search match ${match} order by ${RANK}`);
}

/**
 * bm25 favours short documents, so a case can outrank the phone it is named after. A product
 * whose name holds every query word comes first (tier 0 when the name is exactly the query),
 * the one with the fewest other words in its name first: "halo" → the Halo phone, then its case.
 */
function nameFit(name: string, words: string[]): { tier: number; extraWords: number } {
  const nameWords = name.split(' ');
  const hasAll = words.every((w) => nameWords.some((n) => n === w || (w.length >= 2 && n.startsWith(w))));
  if (!hasAll) return { tier: 2, extraWords: 0 };
  const extraWords = nameWords.length - words.length;
  return { tier: extraWords === 0 ? 0 : 1, extraWords };
}

/** True when some indexed term is the word or starts with it (a word still being typed). */
function hasPrefix(vocab: Map<string, number>, word: string): boolean {
  if (vocab.has(word)) return true;
  for (const term of vocab.keys()) if (term.startsWith(word)) return true;
  return false;
}
