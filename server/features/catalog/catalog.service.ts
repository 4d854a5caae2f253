import type { AppContext } from '../../context.js';
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
import { toVariant, type CatalogRecord } from './catalog.repo.js';
import { compatibleCards, galleryOfProduct } from './product-relations.js';

const SUGGESTIONS = 6;
const FEATURED = 6;

/** Browsing reads the catalog cache ([CACHE1]); the search index still needs the database. */
export type CatalogSources = Pick<AppContext, 'db' | 'catalog'>;

export function listCatalog({ db, catalog }: CatalogSources, query: CatalogQuery): CatalogPage {
  const all = catalog.records();
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
export function suggestProducts({ db, catalog }: CatalogSources, q: string): Suggestion[] {
  const query = CatalogListSchema.parse({ q, pageSize: SUGGESTIONS });
  return searchCatalog(db, query, catalog.records())
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

export function getProduct({ catalog }: Pick<CatalogSources, 'catalog'>, slug: string): ProductDetail {
  const record = catalog.bySlug(slug);
  if (!record) throw new AppError('not_found', 'product_not_found');
  const { product } = record;
  return {
    ...productSummary(product),
    description: product.description,
    tags: product.tags,
    specs: product.specs,
    fits: product.fits,
    images: product.images,
    gallery: galleryOfProduct(product),
    compatible: compatibleCards(catalog, product),
    variants: record.variants.map(toVariant),
    rating: catalog.ratingOf(product.id),
  };
}

export function catalogHome({ catalog }: Pick<CatalogSources, 'catalog'>): CatalogHome {
  const all = catalog.records().filter((r) => r.variants.length);
  const hit = (record: CatalogRecord): Hit => ({ record, variants: record.variants });
  const featured = sortHits(all.filter((r) => r.product.featured).map(hit), 'relevance').slice(0, FEATURED);
  const [newest] = sortHits(all.filter((r) => r.product.category === 'phones').map(hit), 'newest');
  return { featured: featured.map(toCard), newestPhone: newest ? toCard(newest) : null };
}
