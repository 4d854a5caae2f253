import type { Db } from '../../db/client.js';
import type { CatalogRecord } from './catalog.repo.js';

/**
 * What the catalog cache checks against the database now and then (catalog-cache.ts): counts and
 * sums that every change the cache cares about moves. Stock changes always bump the variant's
 * version (stock.ts); the stock sum also catches a write that forgot to. Reviews are only added
 * at run time, so their count grows with each one.
 */
export interface CatalogVersion {
  products: number;
  variants: number;
  stockVersions: number;
  stock: number;
  reviews: number;
}

const VERSION_SQL = `select
  (select count(*) from products) as products,
  (select count(*) from variants) as variants,
  (select total(stock_version) from variants) as stockVersions,
  (select total(stock) from variants) as stock,
  (select count(*) from reviews) as reviews`;

/** Prepared once per cache: the check runs on reads, so it must not build a query each time. */
export function prepareCatalogVersion(db: Db): () => CatalogVersion {
  const statement = db.$client.prepare<[], CatalogVersion>(VERSION_SQL);
  return () => statement.get()!;
}

/** The same figures from what the cache holds. */
export function versionOf(records: readonly CatalogRecord[]): CatalogVersion {
  const version: CatalogVersion = { products: records.length, variants: 0, stockVersions: 0, stock: 0, reviews: 0 };
  for (const r of records) {
    version.reviews += r.rating.count;
    for (const v of r.variants) {
      version.variants += 1;
      version.stockVersions += v.stockVersion;
      version.stock += v.stock;
    }
  }
  return version;
}

export const sameVersion = (a: CatalogVersion, b: CatalogVersion): boolean =>
  a.products === b.products &&
  a.variants === b.variants &&
  a.stockVersions === b.stockVersions &&
  a.stock === b.stock &&
  a.reviews === b.reviews;
