import type { AppContext } from '../../context.js';
import type { CatalogCache, CatalogChange, PublishTap } from '../../ports.js';
import type { StockChanged } from '../../../shared/catalog.js';
import type { ReviewAdded } from '../../../shared/reviews.js';

/**
 * The catalog cache follows the facts the app already publishes after each commit
 * (`catalog:stock-changed` from checkout, cancellations and refunds through stock.ts;
 * `catalog:review-added` from reviews), so no writer needs to know the cache exists ([CACHE2]).
 */
export function followCatalogChanges(ctx: Pick<AppContext, 'observe' | 'catalog'>): void {
  ctx.observe(catalogTap(ctx.catalog));
}

export function catalogTap(cache: CatalogCache): PublishTap {
  return (_room, event, payload) => {
    const change = changeOf(event, payload);
    if (change) cache.applyChange(change);
    // Across processes (not wired yet): publish `change` on the shared channel here.
  };
}

function changeOf(event: string, payload: unknown): CatalogChange | null {
  if (event === 'catalog:stock-changed') return { kind: 'stock', change: payload as StockChanged };
  if (event === 'catalog:review-added') return { kind: 'review', productId: (payload as ReviewAdded).productId };
  return null;
}

/**
 * What a cross-process subscriber calls with a change another process published. Delivery
 * there is at most once and unordered: a stock patch older than what is held is ignored, and
 * a lost one is caught by the cache's periodic check (CATALOG_RECHECK_MS).
 */
export function applyRemoteChange(cache: CatalogCache, change: CatalogChange): boolean {
  return cache.applyChange(change);
}
