import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { CatalogHome, CatalogPage, CatalogQuery, ProductDetail, Suggestion } from '../../../shared/catalog.js';
import { facetsFor, matchingVariants, productSummary, sortHits, toCard, type Hit } from './catalog-filter.js';
import { findProductBySlug, loadCatalog, toVariant, variantsOf, type CatalogRecord } from './catalog.repo.js';
import { ratingBreakdown } from './rating-summary.js';
import { matchText } from './search-index.js';

const SUGGESTIONS = 6;
const FEATURED = 6;

export function listCatalog(db: Db, query: CatalogQuery): CatalogPage {
  const all = loadCatalog(db);
  let records = all;
  let ranks: Map<number, number> | null = null;
  let correctedQuery: string | null = null;
  if (query.q) {
    const match = matchText(db, query.q);
    ranks = match.ranks;
    correctedQuery = match.corrected;
    records = records.filter((r) => ranks!.has(r.product.id));
  }
  const hits: Hit[] = [];
  for (const record of records) {
    const vs = matchingVariants(record, query);
    if (vs.length) hits.push({ record, variants: vs, rank: ranks?.get(record.product.id) });
  }
  const sorted = sortHits(hits, query.sort);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: sorted.slice(start, start + query.pageSize).map(toCard),
    total: sorted.length,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.ceil(sorted.length / query.pageSize),
    facets: facetsFor(records, query),
    correctedQuery,
    suggestions: sorted.length ? [] : fallbackSuggestions(all),
  };
}

/** For an empty result: the featured products' names, searches that always find something. */
function fallbackSuggestions(all: CatalogRecord[]): string[] {
  return all.filter((r) => r.product.featured).slice(0, 3).map((r) => r.product.name);
}

/** As-you-type: the best text matches, products only. */
export function suggestProducts(db: Db, q: string): Suggestion[] {
  const { ranks } = matchText(db, q);
  return loadCatalog(db)
    .filter((r) => ranks.has(r.product.id) && r.variants.length)
    .sort((a, b) => ranks.get(a.product.id)! - ranks.get(b.product.id)!)
    .slice(0, SUGGESTIONS)
    .map((r) => {
      const card = toCard({ record: r, variants: r.variants });
      return { slug: card.slug, name: card.name, category: card.category, image: card.image, priceFromCents: card.priceFromCents };
    });
}

export function getProduct(db: Db, slug: string): ProductDetail {
  const product = findProductBySlug(db, slug);
  if (!product) throw new AppError('not_found', 'We could not find that product.');
  return {
    ...productSummary(product),
    description: product.description,
    tags: product.tags,
    specs: product.specs,
    fits: product.fits,
    images: product.images,
    variants: variantsOf(db, product.id).map(toVariant),
    rating: ratingBreakdown(db, product.id),
  };
}

export function catalogHome(db: Db): CatalogHome {
  const all = loadCatalog(db).filter((r) => r.variants.length);
  const hit = (record: CatalogRecord): Hit => ({ record, variants: record.variants });
  const featured = sortHits(all.filter((r) => r.product.featured).map(hit), 'relevance').slice(0, FEATURED);
  const [newest] = sortHits(all.filter((r) => r.product.category === 'phones').map(hit), 'newest');
  return { featured: featured.map(toCard), newestPhone: newest ? toCard(newest) : null };
}
