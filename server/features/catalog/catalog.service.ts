import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  CatalogListSchema,
  type CatalogHome,
  type CatalogPage,
  type CatalogQuery,
  type ProductDetail,
  type Suggestion,
} from '../../../shared/catalog.js';
import { facetsFor, productSummary, sortHits, toCard, type Hit } from './catalog-filter.js';
import { searchCatalog } from './catalog-search.js';
import { findProductBySlug, loadCatalog, toVariant, variantsOf, type CatalogRecord } from './catalog.repo.js';
import { compatibleCards, galleryOfProduct } from './product-relations.js';
import { ratingBreakdown } from './rating-summary.js';

const SUGGESTIONS = 6;
const FEATURED = 6;

export function listCatalog(db: Db, query: CatalogQuery): CatalogPage {
  const all = loadCatalog(db);
  const { hits, records, filters, chips, correctedQuery, droppedText } = searchCatalog(db, query, all);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: hits.slice(start, start + query.pageSize).map(toCard),
    total: hits.length,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.ceil(hits.length / query.pageSize),
    facets: facetsFor(records, filters),
    correctedQuery,
    suggestions: hits.length ? [] : fallbackSuggestions(all),
    chips,
    droppedText,
  };
}

/** For an empty result: the featured products' names, searches that always find something. */
function fallbackSuggestions(all: CatalogRecord[]): string[] {
  return all
    .filter((r) => r.product.featured)
    .slice(0, 3)
    .map((r) => r.product.name);
}

/** As-you-type: the products the search box would list first, understood the same way ("cheap phone" → phones). */
export function suggestProducts(db: Db, q: string): Suggestion[] {
  const query = CatalogListSchema.parse({ q, pageSize: SUGGESTIONS });
  return searchCatalog(db, query, loadCatalog(db))
    .hits.slice(0, SUGGESTIONS)
    .map((hit) => {
      const card = toCard({ record: hit.record, variants: hit.record.variants });
      return {
        slug: card.slug,
        name: card.name,
        category: card.category,
        image: card.image,
        priceFromCents: card.priceFromCents,
      };
    });
}

export function getProduct(db: Db, slug: string): ProductDetail {
  const product = findProductBySlug(db, slug);
  if (!product) throw new AppError('not_found', 'product_not_found');
  return {
    ...productSummary(product),
    description: product.description,
    tags: product.tags,
    specs: product.specs,
    fits: product.fits,
    images: product.images,
    gallery: galleryOfProduct(product),
    compatible: compatibleCards(db, product),
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
