import type { Db } from '../../db/client.js';
import type { CatalogCache, Clock } from '../../ports.js';
import type { StockChanged } from '../../../shared/catalog.js';
import type { RatingBreakdown } from '../../../shared/reviews.js';
import { loadCatalog, ratingDistribution, type CatalogRecord, type VariantRow } from './catalog.repo.js';
import { prepareCatalogVersion, sameVersion, versionOf, type CatalogVersion } from './catalog-version.js';
import { summarizeRatings } from './rating-summary.js';

/**
 * How often (by the app's clock) a read first checks the cache against the database. Changes
 * arrive as patches (catalog-cache-tap.ts); the check is the safety net for one that did not
 * (a write that went round the stock and review paths, and later a lost cross-process message).
 */
export const CATALOG_RECHECK_MS = 10_000;

interface Held {
  records: CatalogRecord[];
  bySlug: Map<string, CatalogRecord>;
  byId: Map<number, CatalogRecord>;
  variantById: Map<number, VariantRow>;
  /** Count per star, read on a product page's first visit and kept until that product's next review. */
  ratings: Map<number, RatingBreakdown>;
  checkedAt: number;
}

/**
 * The catalog in memory, one per app (ARCHITECTURE §1: per-process state), [CACHE1]: loaded on
 * the first read (after the seed), with spec figures computed once per product; patched in place
 * by the stock and review facts the app publishes ([CACHE2], [CACHE3]); read again when a check,
 * at most every CATALOG_RECHECK_MS, finds the database moved on without it ([CACHE4]).
 */
export function createCatalogCache(db: Db, now: Clock, recheckMs = CATALOG_RECHECK_MS): CatalogCache {
  let readVersion: (() => CatalogVersion) | undefined; // prepared on first use: createApp only wires
  let held: Held | null = null;

  const load = (): Held => {
    const records = loadCatalog(db);
    return {
      records,
      bySlug: new Map(records.map((r) => [r.product.slug, r])),
      byId: new Map(records.map((r) => [r.product.id, r])),
      variantById: new Map(records.flatMap((r) => r.variants.map((v) => [v.id, v] as const))),
      ratings: new Map(),
      checkedAt: now(),
    };
  };

  const current = (): Held => {
    if (!held) held = load();
    else if (now() - held.checkedAt >= recheckMs) recheck(held);
    return held;
  };

  /** [CACHE4] The safety net: when the database moved on in a way no patch said, read it all again. */
  const recheck = (h: Held) => {
    h.checkedAt = now();
    readVersion ??= prepareCatalogVersion(db);
    if (!sameVersion(readVersion(), versionOf(h.records))) held = load();
  };

  const applyStock = (h: Held, change: StockChanged): boolean => {
    const variant = h.variantById.get(change.variantId);
    if (!variant) {
      held = null; // a variant added behind the cache: read everything again
      return false;
    }
    if (change.version <= variant.stockVersion) return false;
    variant.stock = change.stock;
    variant.stockVersion = change.version;
    return true;
  };

  const applyReview = (h: Held, productId: number): boolean => {
    const record = h.byId.get(productId);
    if (!record) {
      held = null;
      return false;
    }
    const breakdown = summarizeRatings(ratingDistribution(db, productId));
    record.rating = { average: breakdown.average, count: breakdown.count };
    h.ratings.set(productId, breakdown);
    return true;
  };

  return {
    records: () => current().records,
    bySlug: (slug) => current().bySlug.get(slug),
    byId: (productId) => current().byId.get(productId),
    ratingOf(productId) {
      const h = current();
      const kept = h.ratings.get(productId);
      if (kept) return kept;
      const breakdown = summarizeRatings(ratingDistribution(db, productId));
      h.ratings.set(productId, breakdown);
      return breakdown;
    },
    /**
     * One function for every change, wherever it was made: the publish tap hands it this
     * process's changes today; a cross-process subscriber will hand it the others' (see
     * applyRemoteChange in catalog-cache-tap.ts). Nothing held yet: nothing to patch, the first
     * read loads fresh.
     */
    applyChange(change) {
      if (!held) return false;
      return change.kind === 'stock' ? applyStock(held, change.change) : applyReview(held, change.productId);
    },
    invalidate() {
      held = null;
    },
  };
}
