import type { CatalogFacets, CatalogQuery, FacetValue, ProductCard, Sort, SpecSort } from '../../../shared/catalog.js';
import { CATEGORIES, SPEC_SORTS } from '../../../shared/catalog.js';
import type { CatalogRecord, ProductRow, VariantRow } from './catalog.repo.js';

/**
 * The listing's pure rules: which products a query matches, the facet counts, the order.
 * A product matches when one of its variants passes every variant filter (colour, storage,
 * price, stock) and the product passes the category filter. Each facet counts products that
 * match everything except that facet's own filter, so every choice shows what it would give.
 * `fits` (a phone's slug, understood from "a case for my Terra") keeps the accessories that fit it.
 */
type Dimension = 'category' | 'colour' | 'storage' | 'price';
export type Filters = Pick<CatalogQuery, 'category' | 'colour' | 'storage' | 'minPrice' | 'maxPrice' | 'inStock'> & {
  fits?: string;
};

function variantPasses(v: VariantRow, f: Filters, skip?: Dimension): boolean {
  if (skip !== 'colour' && f.colour.length && !f.colour.includes(v.colour)) return false;
  if (skip !== 'storage' && f.storage.length && (v.storageGb === null || !f.storage.includes(v.storageGb)))
    return false;
  if (skip !== 'price' && f.minPrice !== undefined && v.priceCents < f.minPrice) return false;
  if (skip !== 'price' && f.maxPrice !== undefined && v.priceCents > f.maxPrice) return false;
  if (f.inStock && v.stock <= 0) return false;
  return true;
}

/** The variants of a record that pass the filters (all but `skip`), or none if the product fails. */
export function matchingVariants(r: CatalogRecord, f: Filters, skip?: Dimension): VariantRow[] {
  if (skip !== 'category' && f.category.length && !f.category.includes(r.product.category)) return [];
  if (f.fits !== undefined && !r.product.fits.some((fit) => fit.slug === f.fits)) return [];
  return r.variants.filter((v) => variantPasses(v, f, skip));
}

export function facetsFor(records: CatalogRecord[], f: Filters): CatalogFacets {
  const count = <K>(dim: Dimension, keysOf: (vs: VariantRow[], r: CatalogRecord) => K[]) => {
    const counts = new Map<K, number>();
    for (const r of records) {
      const vs = matchingVariants(r, f, dim);
      if (vs.length) for (const k of new Set(keysOf(vs, r))) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  };
  const categories = count('category', (_vs, r) => [r.product.category]);
  const colours = count('colour', (vs) => vs.map((v) => v.colour));
  const storages = count('storage', (vs) => vs.flatMap((v) => (v.storageGb === null ? [] : [v.storageGb])));
  const colourInfo = new Map(records.flatMap((r) => r.product.colours.map((c) => [c.key, c] as const)));
  const prices = records.flatMap((r) => matchingVariants(r, f, 'price').map((v) => v.priceCents));
  return {
    category: CATEGORIES.filter((c) => categories.has(c)).map((c) => ({ value: c, count: categories.get(c)! })),
    colour: [...colours]
      .map(([key, n]) => ({
        value: key,
        label: colourInfo.get(key)?.name ?? key,
        hex: colourInfo.get(key)?.hex ?? '#888888',
        count: n,
      }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    storage: [...storages].sort(([a], [b]) => a - b).map(([gb, n]): FacetValue<number> => ({ value: gb, count: n })),
    price: { minCents: prices.length ? Math.min(...prices) : 0, maxCents: prices.length ? Math.max(...prices) : 0 },
  };
}

export interface Hit {
  record: CatalogRecord;
  variants: VariantRow[];
  /** Position in the text search's ranking; absent without a text query. */
  rank?: number;
}

const minPrice = (h: Hit) => h.variants[0]!.priceCents; // variants come sorted by price
const newestFirst = (a: Hit, b: Hit) => b.record.product.releaseDate.localeCompare(a.record.product.releaseDate);

/** Lightest first; the rest largest first. */
const SPEC_DIRECTION: Record<SpecSort, 1 | -1> = { battery: -1, weight: 1, screen: -1, camera: -1, storage: -1 };

/** By a spec figure; products without it after those with it. */
function bySpec(sort: SpecSort) {
  return (a: Hit, b: Hit) => {
    const x = a.record.figures[sort];
    const y = b.record.figures[sort];
    if (x === undefined || y === undefined) return Number(x === undefined) - Number(y === undefined);
    return (x - y) * SPEC_DIRECTION[sort];
  };
}

export function sortHits(hits: Hit[], sort: Sort): Hit[] {
  const byRelevance = (a: Hit, b: Hit) =>
    a.rank !== undefined && b.rank !== undefined
      ? a.rank - b.rank
      : Number(b.record.product.featured) - Number(a.record.product.featured) || newestFirst(a, b);
  const compare: Record<Sort, (a: Hit, b: Hit) => number> = {
    relevance: byRelevance,
    'price-asc': (a, b) => minPrice(a) - minPrice(b) || byRelevance(a, b),
    'price-desc': (a, b) => minPrice(b) - minPrice(a) || byRelevance(a, b),
    newest: (a, b) => newestFirst(a, b) || byRelevance(a, b),
    rating: (a, b) =>
      (b.record.rating.average ?? 0) - (a.record.rating.average ?? 0) ||
      b.record.rating.count - a.record.rating.count ||
      byRelevance(a, b),
    ...(Object.fromEntries(
      SPEC_SORTS.map((spec) => [spec, (a: Hit, b: Hit) => bySpec(spec)(a, b) || byRelevance(a, b)]),
    ) as Record<SpecSort, (a: Hit, b: Hit) => number>),
  };
  return [...hits].sort(compare[sort]);
}

/** The fields a card and a product page share. */
export const productSummary = (p: ProductRow) => ({
  id: p.id,
  slug: p.slug,
  name: p.name,
  category: p.category,
  tagline: p.tagline,
  colours: p.colours,
  releaseDate: p.releaseDate,
});

export function toCard(hit: Hit): ProductCard {
  const { product, rating } = hit.record;
  const vs = hit.variants;
  const firstColour = vs[0]!.colour;
  return {
    ...productSummary(product),
    priceFromCents: vs[0]!.priceCents,
    priceToCents: vs.at(-1)!.priceCents,
    image: product.images[firstColour] ?? Object.values(product.images)[0] ?? '',
    inStock: vs.some((v) => v.stock > 0),
    rating,
  };
}
