import type { Db } from '../../db/client.js';
import type { CatalogQuery, SearchChip, Sort } from '../../../shared/catalog.js';
import { matchingVariants, sortHits, type Filters, type Hit } from './catalog-filter.js';
import type { CatalogRecord } from './catalog.repo.js';
import { readSearch, type SearchIntent } from './search-intent.js';
import { matchText } from './search-index.js';
import { normaliseText, wordsOf } from './search-text.js';

/** A listing's products in order, with what its text was understood as. */
export interface CatalogSearch {
  hits: Hit[];
  /** The products the text allows (all of them without text), for the facet counts. */
  records: CatalogRecord[];
  filters: Filters;
  chips: SearchChip[];
  correctedQuery: string | null;
  droppedText: string | null;
}

/**
 * The text is read first (search-intent.ts): what it names becomes filters and an order, each
 * shown as a chip, unless the shopper's own filter or order for that part is set (theirs win).
 * The other words go to the text search; when they find nothing among what the chips allow,
 * they are dropped and said so, rather than an empty page for a search that was understood.
 */
export function searchCatalog(db: Db, query: CatalogQuery, all: CatalogRecord[]): CatalogSearch {
  const intent: SearchIntent = query.q ? readSearch(query.q, query.ignore) : { rest: '', repairs: new Map() };
  const { filters, sort, chips } = applyIntent(intent, query, all);
  const text = intent.rest ? matchText(db, intent.rest) : null;
  if (text) {
    const records = all.filter((r) => text.ranks.has(r.product.id));
    const hits = sortHits(hitsOf(records, filters, text.ranks), sort);
    if (hits.length || !chips.length) {
      const corrections = new Map(wordsOf(intent.rest).map((w, i) => [w, text.corrected?.split(' ')[i] ?? w]));
      return {
        hits,
        records,
        filters,
        chips,
        correctedQuery: corrected(query.q, intent.repairs, corrections),
        droppedText: null,
      };
    }
  }
  // Only understood words (or dropped ones): the whole text still orders what is equally relevant ("charger" → the charger first).
  const order = query.q ? matchText(db, query.q).ranks : undefined;
  const hits = sortHits(hitsOf(all, filters, order, true), sort);
  return {
    hits,
    records: all,
    filters,
    chips,
    correctedQuery: corrected(query.q, intent.repairs),
    droppedText: text ? intent.rest : null,
  };
}

function hitsOf(records: CatalogRecord[], filters: Filters, ranks?: Map<number, number>, rankAll = false): Hit[] {
  const hits: Hit[] = [];
  for (const record of records) {
    const variants = matchingVariants(record, filters);
    if (!variants.length) continue;
    const rank = ranks?.get(record.product.id) ?? (rankAll && ranks ? ranks.size : undefined);
    hits.push({ record, variants, rank });
  }
  return hits;
}

function applyIntent(
  intent: SearchIntent,
  query: CatalogQuery,
  all: CatalogRecord[],
): { filters: Filters; sort: Sort; chips: SearchChip[] } {
  const filters: Filters = { ...query };
  let sort = query.sort;
  const chips: SearchChip[] = [];
  if (intent.category && !query.category.length) {
    filters.category = [intent.category];
    chips.push({ kind: 'category', value: intent.category, label: intent.category });
  }
  if (intent.fits) {
    filters.fits = intent.fits;
    chips.push({
      kind: 'fits',
      value: intent.fits,
      label: all.find((r) => r.product.slug === intent.fits)?.product.name ?? intent.fits,
    });
  }
  const ownPrice = query.minPrice !== undefined || query.maxPrice !== undefined;
  if (intent.maxPrice !== undefined && !ownPrice) {
    filters.maxPrice = intent.maxPrice;
    chips.push({ kind: 'maxPrice', value: intent.maxPrice, label: String(intent.maxPrice) });
  }
  if (intent.minPrice !== undefined && !ownPrice) {
    filters.minPrice = intent.minPrice;
    chips.push({ kind: 'minPrice', value: intent.minPrice, label: String(intent.minPrice) });
  }
  const colour =
    intent.colour === undefined
      ? undefined
      : all.flatMap((r) => r.product.colours).find((c) => c.name === intent.colour);
  if (colour && !query.colour.length) {
    filters.colour = [colour.key];
    chips.push({ kind: 'colour', value: colour.key, label: colour.name });
  }
  if (intent.storage !== undefined && !query.storage.length) {
    filters.storage = [intent.storage];
    chips.push({ kind: 'storage', value: intent.storage, label: String(intent.storage) });
  }
  if (intent.sort && query.sort === 'relevance') {
    sort = intent.sort;
    chips.push({ kind: 'sort', value: intent.sort, label: intent.sort });
  }
  return { filters, sort, chips };
}

/** The shopper's words with the repairs and corrections made, when any changed them. */
function corrected(q: string, repairs: Map<string, string>, corrections = new Map<string, string>()): string | null {
  const changes = new Map([...repairs].map(([from, to]) => [normaliseText(from), normaliseText(to)]));
  for (const [from, to] of corrections) changes.set(from, to);
  const words = wordsOf(q);
  const searched = words.map((w) => changes.get(w) ?? w);
  return searched.join(' ') !== words.join(' ') ? searched.join(' ') : null;
}
