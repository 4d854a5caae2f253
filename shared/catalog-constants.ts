/**
 * The catalog's constants, free of zod: the client imports these without pulling the schema
 * library (~24 kB gzip) into the shop's chunk. shared/catalog.ts re-exports them.
 */
export const CATEGORIES = ['phones', 'cases', 'chargers', 'cables', 'audio', 'screen-protectors', 'wearables'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SORTS = ['relevance', 'price-asc', 'price-desc', 'newest', 'rating'] as const;
export type Sort = (typeof SORTS)[number];

export const QUERY_MAX_LENGTH = 120;
export const PAGE_SIZE_DEFAULT = 12;
export const PAGE_SIZE_MAX = 48;
/** Prices are integer cents; no product costs more than this. */
export const PRICE_MAX_CENTS = 10_000_000;
/** "Only 3 left" below this. */
export const LOW_STOCK = 5;
/** The largest quantity one cart line can hold. */
export const QUANTITY_MAX = 10;
