import { eq, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { variants } from '../../db/schema.js';
import type { StockChanged, StockSnapshot } from '../../../shared/catalog.js';
import type { AppContext } from '../../context.js';
import { rooms } from '../../socket/rooms.js';

/**
 * Change a variant's stock by `delta` only if it stays ≥ 0, bumping its version. Returns the
 * change to announce (after the surrounding transaction commits), or null when there was not
 * enough stock or no such variant.
 */
export function changeStock(db: DbLike, variantId: number, delta: number): StockChanged | null {
  const row = db
    .update(variants)
    .set({ stock: sql`${variants.stock} + ${delta}`, stockVersion: sql`${variants.stockVersion} + 1` })
    .where(sql`${variants.id} = ${variantId} and ${variants.stock} + ${delta} >= 0`)
    .returning({
      productId: variants.productId,
      variantId: variants.id,
      stock: variants.stock,
      version: variants.stockVersion,
    })
    .get();
  return row ?? null;
}

export function stockSnapshot(db: DbLike, productId: number): StockSnapshot {
  const rows = db
    .select({ id: variants.id, stock: variants.stock, version: variants.stockVersion })
    .from(variants)
    .where(eq(variants.productId, productId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.id, { stock: r.stock, version: r.version }]));
}

/** Tell everyone watching the products (room product:<id>) their new stock. Call after commit. */
export function announceStock(ctx: Pick<AppContext, 'publish'>, changes: StockChanged[]): void {
  for (const change of changes) ctx.publish(rooms.product(change.productId), 'catalog:stock-changed', change);
}
