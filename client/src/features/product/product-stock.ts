import type { StockSnapshot, Variant } from '../../../../shared/catalog.js';

/** A stock level of one variant, as a push (StockChanged) or a snapshot entry carries it. */
export interface StockUpdate {
  variantId: number;
  stock: number;
  version: number;
}

export function snapshotUpdates(snapshot: StockSnapshot): StockUpdate[] {
  return Object.entries(snapshot).map(([id, s]) => ({ variantId: Number(id), stock: s.stock, version: s.version }));
}

/**
 * The variants with every update that is newer than what they show. Versions only grow per
 * variant, so an update with a version not above the current one is stale (it crossed a
 * newer push, or repeats a snapshot) and is dropped. Unchanged variants keep their identity.
 */
export function applyStock(variants: readonly Variant[], updates: readonly StockUpdate[]): Variant[] {
  const newest = new Map<number, StockUpdate>();
  for (const u of updates) if (u.version > (newest.get(u.variantId)?.version ?? -Infinity)) newest.set(u.variantId, u);
  return variants.map((v) => {
    const u = newest.get(v.id);
    return u && u.version > v.stockVersion ? { ...v, stock: u.stock, stockVersion: u.version } : v;
  });
}

/**
 * A fresh product answer, without going back in stock: a push may have been applied after the
 * server read the answer, and then the variant here is newer than the one in the answer.
 */
export function mergeFresh(current: readonly Variant[], fresh: readonly Variant[]): Variant[] {
  const known = new Map(current.map((v) => [v.id, v]));
  return fresh.map((v) => {
    const mine = known.get(v.id);
    return mine && mine.stockVersion > v.stockVersion
      ? { ...v, stock: mine.stock, stockVersion: mine.stockVersion }
      : v;
  });
}
