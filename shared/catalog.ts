import { z } from 'zod';
import { fieldRule } from './field-errors.js';
import type { GalleryImage } from './product-views.js';
import { RECENTLY_VIEWED_MAX } from './recently-viewed.js';

/** The storefront's shapes, shared by the catalog feature on both sides. */
import {
  CATEGORIES,
  CHIP_KINDS,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  PRICE_MAX_CENTS,
  QUERY_MAX_LENGTH,
  SORTS,
  type Category,
  type ChipKind,
} from './catalog-constants.js';

export * from './catalog-constants.js';

const slug = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const query = z.string().trim().max(QUERY_MAX_LENGTH);
const cents = z.number().int().min(0).max(PRICE_MAX_CENTS);
/** A short list of distinct values, so a filter cannot be made arbitrarily expensive. */
const few = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(20)
    .transform((xs) => [...new Set(xs)]);

export const CatalogListSchema = z
  .strictObject({
    q: query.default(''),
    category: few(z.enum(CATEGORIES)).default([]),
    colour: few(z.string().trim().min(1).max(40)).default([]),
    storage: few(z.number().int().positive().max(4096)).default([]),
    minPrice: cents.optional(),
    maxPrice: cents.optional(),
    inStock: z.boolean().default(false),
    sort: z.enum(SORTS).default('relevance'),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
    /** Chips the shopper removed: what the text says of these is neither applied nor searched. */
    ignore: few(z.enum(CHIP_KINDS)).default([]),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    ...fieldRule('price_range'),
    path: ['maxPrice'],
  });
export type CatalogListInput = z.input<typeof CatalogListSchema>;
export type CatalogQuery = z.output<typeof CatalogListSchema>;

export const CatalogSuggestSchema = z.strictObject({ q: query.min(1) });
export const CatalogGetSchema = z.strictObject({ slug });
export const CatalogWatchSchema = z.strictObject({ productId: z.number().int().positive() });
/** Cards for products named by slug, e.g. the shopper's recently viewed ([PDP4]). */
export const CatalogCardsSchema = z.strictObject({ slugs: z.array(slug).min(1).max(RECENTLY_VIEWED_MAX) });

export interface Colour {
  key: string;
  name: string;
  hex: string;
}

export interface RatingSummary {
  average: number | null;
  count: number;
}

export interface ProductCard {
  id: number;
  slug: string;
  name: string;
  category: Category;
  tagline: string;
  /** Lowest and highest price among the variants that match the current filters. */
  priceFromCents: number;
  priceToCents: number;
  colours: Colour[];
  /** Image of the first matching colour. */
  image: string;
  inStock: boolean;
  rating: RatingSummary;
  releaseDate: string;
}

/** Categories and storage sizes are named by the client (i18n); colours carry their catalog name. */
export interface FacetValue<V extends string | number = string> {
  value: V;
  count: number;
}

export interface CatalogFacets {
  category: FacetValue<Category>[];
  colour: (FacetValue & { label: string; hex: string })[];
  storage: FacetValue<number>[];
  /** The price range of the products matching everything but the price filter. */
  price: { minCents: number; maxCents: number };
}

export interface CatalogPage {
  items: ProductCard[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  facets: CatalogFacets;
  /** Set when typo correction changed the query: what was searched instead. */
  correctedQuery: string | null;
  /** For an empty result: other searches that would find something. */
  suggestions: string[];
  /** What the search text was understood as, each a chip the shopper can remove (`ignore`). */
  chips: SearchChip[];
  /** Words of the text that found nothing among what the chips allow, so were left out. */
  droppedText: string | null;
}

/** One understood part of the search text. */
export interface SearchChip {
  kind: ChipKind;
  /** A code: category, cents, a phone's slug, a colour key, gigabytes or a sort. */
  value: string | number;
  /** The catalog's name for the value when it names a product or colour ("Vision X Terra", "Forest Green"); else the value as text. */
  label: string;
}

export interface Suggestion {
  slug: string;
  name: string;
  category: Category;
  image: string;
  priceFromCents: number;
}

/** An accessory's fit: the phone it works with, and how (data/catalog.json `fits`). */
export interface Fit {
  slug: string;
  note?: string;
}

/** A product card on another product's page, with how the two go together. */
export interface CompatibleCard extends ProductCard {
  note?: string;
}

export interface SpecRow {
  group: string;
  name: string;
  value: string;
}

export interface Variant {
  id: number;
  sku: string;
  colour: string;
  storageGb: number | null;
  priceCents: number;
  stock: number;
  /** Grows with every stock change of this variant; a push with a lower one is stale. */
  stockVersion: number;
}

export interface ProductDetail extends Omit<ProductCard, 'priceFromCents' | 'priceToCents' | 'image' | 'inStock'> {
  description: string;
  tags: string[];
  specs: SpecRow[];
  /** For an accessory, the phones it works with (empty for phones). */
  fits: Fit[];
  variants: Variant[];
  /** Image per colour key. */
  images: Record<string, string>;
  /** Every drawn view per colour key, front first ([PDP1]). */
  gallery: Record<string, GalleryImage[]>;
  /** A phone: the accessories that fit it; an accessory: the phones it works with ([PDP2]). */
  compatible: CompatibleCard[];
  rating: RatingSummary & { distribution: [number, number, number, number, number] };
}

/** Pushed to room product:<id> after a stock change commits; `version` only grows per variant. */
export interface StockChanged {
  productId: number;
  variantId: number;
  stock: number;
  version: number;
}

/** A change the catalog cache follows: a variant's new stock (its version orders them) or a product's new review. */
export type CatalogChange = { kind: 'stock'; change: StockChanged } | { kind: 'review'; productId: number };

/** Stock at the moment of watching, per variant id, with versions to order later pushes. */
export type StockSnapshot = Record<number, { stock: number; version: number }>;

export interface CatalogHome {
  featured: ProductCard[];
  newestPhone: ProductCard | null;
}
