import type { Db } from '../../db/client.js';
import type { CompatibleCard, ProductCard } from '../../../shared/catalog.js';
import { galleryOf, type GalleryImage } from '../../../shared/product-views.js';
import { toCard } from './catalog-filter.js';
import { loadCatalog, type CatalogRecord, type ProductRow } from './catalog.repo.js';

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
export function compatibleCards(db: Db, product: ProductRow): CompatibleCard[] {
  const forSale = loadCatalog(db).filter((r) => r.variants.length);
  if (product.category === 'phones') {
    return forSale.flatMap((r) => {
      const fit = r.product.fits.find((f) => f.slug === product.slug);
      return fit ? [{ ...card(r), ...(fit.note ? { note: fit.note } : {}) }] : [];
    });
  }
  const bySlug = new Map(forSale.map((r) => [r.product.slug, r]));
  return product.fits.flatMap((fit) => {
    const r = bySlug.get(fit.slug);
    return r ? [{ ...card(r), ...(fit.note ? { note: fit.note } : {}) }] : [];
  });
}

/** Cards in the order asked; slugs of no product (removed since) are left out. */
export function cardsBySlug(db: Db, slugs: string[]): ProductCard[] {
  const bySlug = new Map(
    loadCatalog(db)
      .filter((r) => r.variants.length)
      .map((r) => [r.product.slug, r]),
  );
  return slugs.flatMap((s) => {
    const r = bySlug.get(s);
    return r ? [card(r)] : [];
  });
}
