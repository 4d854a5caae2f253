import type { CatalogListInput, Category, ChipKind, Sort } from '../../../../shared/catalog.js';
import { dollarsOf } from '../catalog/catalog-format.js';
import {
  CATEGORIES,
  CHIP_KINDS,
  PRICE_MAX_CENTS,
  QUERY_MAX_LENGTH,
  SORTS,
} from '../../../../shared/catalog-constants.js';

/**
 * The Shop's whole state lives in its URL, so back/forward and shared links show the same
 * list: /shop?q=case&category=cases&colour=black,blue&storage=256&minPrice=20&maxPrice=99.50
 * &inStock=1&sort=price-asc&page=2&ignore=category,sort (chips the shopper removed from what
 * the search text was understood as). Lists are comma-separated; prices are dollars (what the
 * shopper typed, and readable in a shared link) and become cents for the server. A value
 * that does not parse is ignored, never an error.
 */
export interface ShopState {
  q: string;
  category: Category[];
  colour: string[];
  storage: number[];
  /** Cents. */
  minPrice: number | null;
  maxPrice: number | null;
  inStock: boolean;
  sort: Sort;
  page: number;
  /** Kinds of search chip removed: what the text says of them is not applied. */
  ignore: ChipKind[];
}

/** What useSearchParams() gives: a repeated key becomes an array. */
export type SearchParams = Partial<Record<string, string | string[]>>;

const LIST_MAX = 20;
const PAGE_MAX = 10_000;
const COLOUR_KEY = /^[a-z0-9-]{1,40}$/;
const DOLLARS = /^\d{1,6}(\.\d{1,2})?$/;

const first = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw);

/** Every value of a list parameter, whether repeated (`a=1&a=2`) or comma-separated (`a=1,2`). */
function listOf(raw: string | string[] | undefined): string[] {
  const parts = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => v.split(','));
  return [...new Set(parts.map((v) => v.trim()).filter(Boolean))].slice(0, LIST_MAX);
}

/** Dollars as typed or in the URL ("20", "99.5") → cents; null when empty or not a price. */
export function parseDollars(raw: string | undefined): number | null {
  if (raw === undefined || !DOLLARS.test(raw.trim())) return null;
  const cents = Math.round(Number(raw.trim()) * 100);
  return cents <= PRICE_MAX_CENTS ? cents : null;
}

function pageOf(raw: string | undefined): number {
  if (raw === undefined || !/^\d{1,5}$/.test(raw)) return 1;
  const page = Number(raw);
  return page >= 1 && page <= PAGE_MAX ? page : 1;
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

export function parseShopQuery(params: SearchParams): ShopState {
  const minPrice = parseDollars(first(params.minPrice));
  let maxPrice = parseDollars(first(params.maxPrice));
  // The server rejects a range that ends below its start; drop the end instead.
  if (minPrice !== null && maxPrice !== null && maxPrice < minPrice) maxPrice = null;
  const sort = first(params.sort) ?? '';
  return {
    q: (first(params.q) ?? '').trim().slice(0, QUERY_MAX_LENGTH),
    category: listOf(params.category).filter((c) => isOneOf(CATEGORIES, c)),
    colour: listOf(params.colour).filter((c) => COLOUR_KEY.test(c)),
    storage: listOf(params.storage)
      .filter((s) => /^\d{1,4}$/.test(s))
      .map(Number)
      .filter((gb) => gb >= 1 && gb <= 4096),
    minPrice,
    maxPrice,
    inStock: ['1', 'true'].includes(first(params.inStock) ?? ''),
    sort: isOneOf(SORTS, sort) ? sort : 'relevance',
    page: pageOf(first(params.page)),
    ignore: listOf(params.ignore).filter((k) => isOneOf(CHIP_KINDS, k)),
  };
}

/** The URL for a state: defaults left out, keys in a fixed order, lists comma-joined. */
export function shopHref(state: ShopState): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${key}=${encodeURIComponent(value)}`);
  const addList = (key: string, values: readonly (string | number)[]) => {
    if (values.length) parts.push(`${key}=${values.map((v) => encodeURIComponent(String(v))).join(',')}`);
  };
  if (state.q) add('q', state.q);
  addList('category', state.category);
  addList('colour', state.colour);
  addList('storage', state.storage);
  if (state.minPrice !== null) add('minPrice', dollarsOf(state.minPrice));
  if (state.maxPrice !== null) add('maxPrice', dollarsOf(state.maxPrice));
  if (state.inStock) add('inStock', '1');
  if (state.sort !== 'relevance') add('sort', state.sort);
  if (state.page > 1) add('page', String(state.page));
  addList('ignore', state.ignore);
  return parts.length ? `/shop?${parts.join('&')}` : '/shop';
}

/** A changed state; changing anything but the page starts again at page 1. */
export function withChange(state: ShopState, change: Partial<ShopState>): ShopState {
  return { ...state, page: 1, ...change };
}

export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function hasFilters(state: ShopState): boolean {
  return (
    state.category.length > 0 ||
    state.colour.length > 0 ||
    state.storage.length > 0 ||
    state.minPrice !== null ||
    state.maxPrice !== null ||
    state.inStock
  );
}

/** Filters off; the search text and the order stay. */
export function withoutFilters(state: ShopState): ShopState {
  return { ...state, category: [], colour: [], storage: [], minPrice: null, maxPrice: null, inStock: false, page: 1 };
}

/** The request for the server: prices in cents, only what is set. */
export function toListInput(state: ShopState): CatalogListInput {
  return {
    q: state.q,
    category: state.category,
    colour: state.colour,
    storage: state.storage,
    ...(state.minPrice !== null && { minPrice: state.minPrice }),
    ...(state.maxPrice !== null && { maxPrice: state.maxPrice }),
    inStock: state.inStock,
    sort: state.sort,
    page: state.page,
    ignore: state.ignore,
  };
}

export type PageItem = number | 'gap';

/** Page links to show: all when few, else the ends and the neighbours of the current one. */
export function pageItems(current: number, count: number): PageItem[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
  const at = Math.min(Math.max(current, 1), count);
  const middle = [at - 1, at, at + 1].filter((p) => p > 1 && p < count);
  const items: PageItem[] = [1];
  if ((middle[0] ?? count) > 2) items.push('gap');
  items.push(...middle);
  if ((middle.at(-1) ?? 1) < count - 1) items.push('gap');
  items.push(count);
  return items;
}
