import type { CatalogCache } from '../../ports.js';
import type { CompatibleCard, ProductCard } from '../../../shared/catalog.js';
import { galleryOf, type GalleryImage } from '../../../shared/product-views.js';
import { toCard } from './catalog-filter.js';
import type { CatalogRecord, ProductRow } from './catalog.repo.js';

/**
 * What a product page shows beside the product: its gallery ([PDP1]), the products that go with
 * it ([PDP2]) and cards by slug for the recently viewed ([PDP4]). Products without variants are
 * not for sale and never become cards.
 */

const card = (r: CatalogRecord): ProductCard => toCard({ record: r, variants: r.variants });

/** Every view per colour, with the front image's content hash. */
export function galleryOfProduct(p: ProductRow): Record<string, GalleryImage[]> {
  return Object.fromEntries(Object.entries(p.images).map(([key, url]) => [key, galleryOf(url, key, p.category)]));
}

/**
 * A phone: the accessories whose `fits` name it, in catalog order ("Fits this phone").
 * An accessory: the phones its `fits` names, in the order it names them ("Works with").
 */
export function compatibleCards(catalog: CatalogCache, product: ProductRow): CompatibleCard[] {
  if (product.category === 'phones') {
    return catalog.records().flatMap((r) => {
      const fit = r.variants.length ? r.product.fits.find((f) => f.slug === product.slug) : undefined;
      return fit ? [{ ...card(r), ...(fit.note ? { note: fit.note } : {}) }] : [];
    });
  }
  return product.fits.flatMap((fit) => {
    const r = forSale(catalog, fit.slug);
    return r ? [{ ...card(r), ...(fit.note ? { note: fit.note } : {}) }] : [];
  });
}

/** Cards in the order asked; slugs of no product (removed since) are left out. */
export function cardsBySlug(catalog: CatalogCache, slugs: string[]): ProductCard[] {
  return slugs.flatMap((s) => {
    const r = forSale(catalog, s);
    return r ? [card(r)] : [];
  });
}

function forSale(catalog: CatalogCache, slug: string): CatalogRecord | undefined {
  const r = catalog.bySlug(slug);
  return r?.variants.length ? r : undefined;
}
