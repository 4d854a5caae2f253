import type { AppContext } from '../../context.js';
import type { CatalogCache, CatalogChange, PublishTap } from '../../ports.js';
import type { AppServer } from '../../socket/types.js';
import type { StockChanged } from '../../../shared/catalog.js';
import type { ReviewAdded } from '../../../shared/reviews.js';

/**
 * The catalog cache follows the facts the app already publishes after each commit
 * (`catalog:stock-changed` from checkout, cancellations and refunds through stock.ts;
 * `catalog:review-added` from reviews), so no writer needs to know the cache exists ([CACHE2]).
 * Where other processes serve the shop (an adapter that crosses processes), each fact is also sent
 * to them (`io.serverSideEmit`) and their caches apply it ([XPROC1]); alone, nothing is sent
 * (Socket.IO's in-memory adapter would warn on every one).
 */
export function followCatalogChanges(
  ctx: Pick<AppContext, 'observe' | 'catalog'>,
  io: AppServer,
  otherProcesses: boolean,
): void {
  if (!otherProcesses) return void ctx.observe(catalogTap(ctx.catalog));
  ctx.observe(catalogTap(ctx.catalog, (change) => io.serverSideEmit('catalog:changed', change)));
  io.on('catalog:changed', (change) => applyRemoteChange(ctx.catalog, change));
}

export function catalogTap(cache: CatalogCache, share: (change: CatalogChange) => void = () => {}): PublishTap {
  return (_room, event, payload) => {
    const change = changeOf(event, payload);
    if (!change) return;
    cache.applyChange(change);
    share(change);
  };
}

function changeOf(event: string, payload: unknown): CatalogChange | null {
  if (event === 'catalog:stock-changed') return { kind: 'stock', change: payload as StockChanged };
  if (event === 'catalog:review-added') return { kind: 'review', productId: (payload as ReviewAdded).productId };
  return null;
}

/**
 * What this process does with a change another process published. Delivery there is at most
 * once and unordered: a stock patch not newer than what is held is ignored ([CACHE2]), a review
 * re-reads the product's ratings from the database, so a late or repeated one does no harm, and
 * a lost one is caught by the cache's periodic check (CATALOG_RECHECK_MS, [CACHE4]).
 */
export function applyRemoteChange(cache: CatalogCache, change: CatalogChange): boolean {
  return cache.applyChange(change);
}
