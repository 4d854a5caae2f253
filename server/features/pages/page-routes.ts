import { CATEGORIES, type Category } from '../../../shared/catalog-constants.js';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/locales.js';
import { type HeadWords, type PageKey, type PolicyKey, pageTitle } from '../../../shared/page-heads.js';
import { HEAD_WORDS } from '../../../shared/page-heads-translated.js';
import type { DbLike } from '../../db/client.js';
import { findProductBySlug, variantsOf } from '../catalog/catalog.repo.js';
import { ratingBreakdown } from '../catalog/rating-summary.js';
import type { PageHead } from '../../http/head-tags.js';
import type { PageHeads } from '../../http/page-head.js';
import { loadShareImages, type ShareImages } from '../../http/share-images.js';
import { productJsonLd, siteJsonLd } from './structured-data.js';

/**
 * What each client route says in its <head> (SPEC [HEAD1]–[HEAD3]). A client route missing here
 * is answered 404 with the not-found words, so a new page needs its line (app.tsx lists them).
 * The words are the page's language's ([LANG3]); product names, taglines and JSON-LD are data
 * and stay as the catalog has them.
 */
export interface PageSources {
  db: DbLike;
  publicUrl: string;
  images: ShareImages;
}

/** Pages whose path is fixed; `index: false` keeps them out of search results. */
const FIXED: Record<string, { key: PageKey; index: boolean }> = {
  '/': { key: 'home', index: true },
  '/support': { key: 'support', index: true },
  '/about': { key: 'about', index: true },
  '/contact': { key: 'contact', index: true },
  '/signin': { key: 'signin', index: false },
  '/register': { key: 'register', index: false },
  '/forgot-password': { key: 'forgotPassword', index: false },
  '/reset-password': { key: 'resetPassword', index: false },
  '/verify-email': { key: 'verifyEmail', index: false },
  '/account': { key: 'account', index: false },
  '/cart': { key: 'cart', index: false },
  '/checkout': { key: 'checkout', index: false },
  '/orders': { key: 'orders', index: false },
};

/** Pages under a prefix (its lower-case spelling) with more of the path after it; each is private. */
const PRIVATE_PREFIXES: [RegExp, string, PageKey][] = [
  [/^\/checkout\/confirmation(\/[^/]+)$/i, '/checkout/confirmation', 'confirmation'],
  [/^\/orders(\/[^/]+)$/i, '/orders', 'order'],
  [/^\/staff((?:\/.*)?)$/i, '/staff', 'staff'],
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The client's router matches a route's fixed segments in any case and keeps a parameter's
 * ([HEAD2]): so does this, and the canonical URL spells the fixed part in lower case.
 */
export function resolvePage(url: URL, sources: PageSources, locale: Locale = DEFAULT_LOCALE): PageHead {
  const words = HEAD_WORDS[locale];
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const lower = path.toLowerCase();
  const fixed = FIXED[lower];
  if (fixed)
    return wordsPage(sources, words, fixed.key, lower, fixed.index, lower === '/' ? siteJsonLd(sources.publicUrl) : []);
  if (lower === '/shop') return shopPage(url, sources, words);
  const product = /^\/products\/([^/]+)$/i.exec(path)?.[1];
  if (product !== undefined) return productPage(decodeSafely(product), sources, words);
  const policy = /^\/policies\/([^/]+)$/i.exec(path)?.[1];
  if (policy !== undefined && Object.hasOwn(words.policies, policy)) {
    const policyWords = words.policies[policy as PolicyKey];
    return page(sources, { ...policyWords, title: pageTitle(policyWords.title) }, `/policies/${policy}`, true);
  }
  for (const [pattern, prefix, key] of PRIVATE_PREFIXES) {
    const rest = pattern.exec(path)?.[1];
    if (rest !== undefined) return wordsPage(sources, words, key, prefix + rest, false);
  }
  return notFoundPage(sources, path, locale);
}

function page(
  { images }: PageSources,
  words: { title: string; description: string },
  path: string,
  index: boolean,
): PageHead {
  return { status: 200, ...words, path, index, type: 'website', image: images.shop, jsonLd: [] };
}

function wordsPage(
  sources: PageSources,
  words: HeadWords,
  key: PageKey,
  path: string,
  index: boolean,
  jsonLd: object[] = [],
): PageHead {
  const own = words.pages[key];
  return { ...page(sources, { ...own, title: pageTitle(own.title) }, path, index), jsonLd };
}

/** A path that names no page (or cannot be read as one): the not-found head, answered 404. */
export const notFoundPage = (sources: PageSources, path: string, locale: Locale = DEFAULT_LOCALE): PageHead =>
  notFound(sources, HEAD_WORDS[locale], 'notFound', path);

function notFound(sources: PageSources, words: HeadWords, key: 'notFound' | 'productNotFound', path: string) {
  return { ...wordsPage(sources, words, key, path, false), status: 404 as const };
}

/** /shop is the listing; ?category=x alone is that category's listing; any search text makes it a results page. */
function shopPage(url: URL, sources: PageSources, words: HeadWords): PageHead {
  if (url.searchParams.get('q')?.trim()) {
    return wordsPage(sources, words, 'search', '/shop', false);
  }
  const category = url.searchParams.get('category');
  if (category && (CATEGORIES as readonly string[]).includes(category)) {
    const title = words.categories[category as Category];
    return page(
      sources,
      { title: pageTitle(title), description: words.pages.shop.description },
      `/shop?category=${category}`,
      true,
    );
  }
  return wordsPage(sources, words, 'shop', '/shop', true);
}

function productPage(slug: string, sources: PageSources, words: HeadWords): PageHead {
  const product = SLUG.test(slug) ? findProductBySlug(sources.db, slug) : undefined;
  if (!product) return notFound(sources, words, 'productNotFound', `/products/${encodeURIComponent(slug)}`);
  const path = `/products/${product.slug}`;
  const url = sources.publicUrl + path;
  const image = sources.images.product(product.slug, product.name);
  const jsonLd = productJsonLd({
    product,
    variants: variantsOf(sources.db, product.id),
    rating: ratingBreakdown(sources.db, product.id),
    images: [sources.publicUrl + image.path, ...Object.values(product.images).map((src) => sources.publicUrl + src)],
    url,
  });
  return {
    status: 200,
    title: pageTitle(product.name),
    description: product.tagline,
    path,
    index: true,
    type: 'product',
    image,
    jsonLd: [jsonLd],
  };
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** What the route table reads, from the app's dependencies. */
export const pageSources = (deps: { db: DbLike; config: { PUBLIC_URL: string }; imagesDir?: string }): PageSources => ({
  db: deps.db,
  publicUrl: deps.config.PUBLIC_URL,
  images: loadShareImages(deps.imagesDir),
});

/** The route table as the HTTP layer's page responder asks for it (server/http/page-head.ts). */
export function pageHeads(deps: { db: DbLike; config: { PUBLIC_URL: string }; imagesDir?: string }): PageHeads {
  const sources = pageSources(deps);
  return {
    publicUrl: sources.publicUrl,
    resolve: (url, locale) => resolvePage(url, sources, locale),
    notFound: (path, locale) => notFoundPage(sources, path, locale),
  };
}
