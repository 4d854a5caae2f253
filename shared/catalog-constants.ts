/**
 * The catalog's constants, free of zod: the client imports these without pulling the schema
 * library (~24 kB gzip) into the shop's chunk. shared/catalog.ts re-exports them.
 */
export const CATEGORIES = ['phones', 'cases', 'chargers', 'cables', 'audio', 'screen-protectors', 'wearables'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The spec sorts (battery mAh, screen inches, main camera MP, storage: largest first; weight: lightest first) put products without that spec last. */
export const SPEC_SORTS = ['battery', 'weight', 'screen', 'camera', 'storage'] as const;
export type SpecSort = (typeof SPEC_SORTS)[number];
export const SORTS = ['relevance', 'price-asc', 'price-desc', 'newest', 'rating', ...SPEC_SORTS] as const;
export type Sort = (typeof SORTS)[number];

/**
 * What the search understood from its text, each shown as a removable chip: a category, a
 * price bound, the phone an accessory must fit, a colour, a storage size, an order.
 */
export const CHIP_KINDS = ['category', 'maxPrice', 'minPrice', 'fits', 'colour', 'storage', 'sort'] as const;
export type ChipKind = (typeof CHIP_KINDS)[number];

export const QUERY_MAX_LENGTH = 120;
export const PAGE_SIZE_DEFAULT = 12;
export const PAGE_SIZE_MAX = 48;
/** Prices are integer cents; no product costs more than this. */
export const PRICE_MAX_CENTS = 10_000_000;
/** "Only 3 left" below this. */
export const LOW_STOCK = 5;
/** The largest quantity one cart line can hold. */
export const QUANTITY_MAX = 10;
