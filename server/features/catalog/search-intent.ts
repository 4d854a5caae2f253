import { CATEGORIES, SORTS, SPEC_SORTS, type Category, type ChipKind, type Sort } from '../../../shared/catalog.js';
import { extractSlots, plain, PRICE_PHRASES } from '../../nlu/entities.js';
import { repairProductWords } from '../../nlu/fuzzy.js';
import { CATEGORY_WORDS, COLOUR_WORDS, PRODUCT_PATTERNS, RANK_WORDS } from '../../nlu/words.js';

/**
 * What a search box text asks for, read with the assistant's entity understanding
 * (server/nlu/entities.ts): the understood parts become filters and an order, the other words
 * are left for the text search. extractSlots says what it found but not where, so the words
 * each part came from are found again here with the same word tables (budget phrases excepted).
 */
export interface SearchIntent {
  category?: Category;
  maxPrice?: number;
  minPrice?: number;
  /** The slug of the phone an accessory must fit ("a charger for my Terra"). */
  fits?: string;
  /** The catalog's colour name ("Forest Green"). */
  colour?: string;
  storage?: number;
  sort?: Sort;
  /** The words left for the text search: not understood, not filler. */
  rest: string;
  /** Typo repairs of product words made before reading ("visoin" → "vision"). */
  repairs: Map<string, string>;
}

/** Shop words the assistant's table leaves out ("protector", "earphones"); like its accessory words, they win over "phone" ("phone cover"). */
const MORE_CATEGORY_WORDS: ReadonlyArray<readonly [Category, RegExp]> = [
  ['screen-protectors', /\b(screen )?(protectors?|guards?)\b|\bglass\b/],
  ['cases', /\b(covers?|bumpers?)\b/],
  ['chargers', /\b(adapters?|wall plugs?)\b/],
  ['audio', /\b(earphones|headsets?|over ear)\b/],
];

const STORAGE_WORDS = /\b\d+(\.\d+)?\s?(gb|tb)\b/;

/** Words that carry no search meaning once the parts around them are understood. */
const FILLER = new Set(
  'a an the my your our his her its for with of to in on at and or me i im id want need looking look some any that which this please show find get buy new one ones something thing things fits fit fitting compatible works work go goes dollars bucks usd than is are it'.split(
    ' ',
  ),
);

const isCategory = (value: string | undefined): value is Category =>
  (CATEGORIES as readonly string[]).includes(value ?? '');
const isSpecSort = (sort: Sort) => (SPEC_SORTS as readonly string[]).includes(sort);
const isSort = (rank: string): rank is Sort => (SORTS as readonly string[]).includes(rank);

export function readSearch(text: string, ignore: readonly ChipKind[] = []): SearchIntent {
  const original = plain(text);
  let words = repairProductWords(original);
  const slots = extractSlots(text);
  const intent: SearchIntent = { rest: '', repairs: repairsBetween(original, words) };
  const take = (kind: ChipKind, patterns: (RegExp | undefined)[], set: () => void) => {
    for (const pattern of patterns) if (pattern) words = words.replace(pattern, ' ');
    if (!ignore.includes(kind)) set();
  };

  // Typo repair can make a category word ("earphones" → "headphones") that extractSlots, reading the raw text, missed.
  const category = categoryOf(slots.category ?? CATEGORY_WORDS.find(([, re]) => re.test(words))?.[0], words);
  if (category) take('category', patternsFor(category), () => (intent.category = category));
  // "phone case": the phone is what the case is for, not a second thing to search for.
  if (category && category !== 'phones')
    for (const pattern of patternsFor('phones')) words = words.replace(pattern, ' ');
  if (slots.accessoryFor)
    take(
      'fits',
      [PRODUCT_PATTERNS.find(([slug]) => slug === slots.accessoryFor)?.[1]],
      () => (intent.fits = slots.accessoryFor),
    );
  if (slots.maxPriceCents !== undefined)
    take('maxPrice', [...PRICE_PHRASES.max], () => (intent.maxPrice = slots.maxPriceCents));
  if (slots.minPriceCents !== undefined)
    take('minPrice', [PRICE_PHRASES.min], () => (intent.minPrice = slots.minPriceCents));
  if (slots.colour)
    take('colour', [COLOUR_WORDS.find(([name]) => name === slots.colour)?.[1]], () => (intent.colour = slots.colour));
  if (slots.storageGb !== undefined) take('storage', [STORAGE_WORDS], () => (intent.storage = slots.storageGb));
  // Ranks the shop has no sort for (performance, software support) stay words of the search.
  const rank = slots.rank && isSort(slots.rank) ? slots.rank : undefined;
  if (rank) take('sort', [RANK_WORDS.find(([r]) => r === rank)?.[1]], () => (intent.sort = rank));
  // "longest battery", "lightest": comparing spec figures is comparing phones, unless another kind was named.
  if (rank && isSpecSort(rank) && !category && !ignore.includes('category')) intent.category = 'phones';

  intent.rest = words
    .split(' ')
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
  return intent;
}

function categoryOf(named: string | undefined, words: string): Category | undefined {
  const more = MORE_CATEGORY_WORDS.find(([, re]) => re.test(words))?.[0];
  if (!isCategory(named)) return more;
  return named === 'phones' && more ? more : named;
}

const patternsFor = (category: Category): RegExp[] =>
  [...CATEGORY_WORDS, ...MORE_CATEGORY_WORDS].filter(([c]) => c === category).map(([, re]) => re);

/** plain() text and its product-word repair have the same words in the same places. */
function repairsBetween(original: string, repaired: string): Map<string, string> {
  const before = original.trim().split(' ');
  const after = repaired.trim().split(' ');
  return new Map(
    before.flatMap((w, i) => (after[i] !== undefined && after[i] !== w ? [[w, after[i]!] as [string, string]] : [])),
  );
}
