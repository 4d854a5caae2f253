import type { Category } from '../../../../shared/catalog.js';
import { formatPrice, t } from '../../i18n/index.js';
import { LOW_STOCK } from '../../../../shared/catalog-constants.js';

/** "$499.00", or "From $499.00" when the variants differ in price. */
export function priceRange(fromCents: number, toCents: number): string {
  const from = formatPrice(fromCents);
  return fromCents === toCents ? from : t('catalog.priceFrom', { price: from });
}

/** "256 GB", "1 TB". */
export function storageLabel(gb: number): string {
  return gb >= 1024 && gb % 1024 === 0
    ? t('catalog.storage.tb', { size: gb / 1024 })
    : t('catalog.storage.gb', { size: gb });
}

export function categoryLabel(category: Category): string {
  return t(`catalog.categories.${category}`);
}

export type StockLevel = 'in' | 'low' | 'out';

export function stockLevel(stock: number): StockLevel {
  if (stock <= 0) return 'out';
  return stock < LOW_STOCK ? 'low' : 'in';
}

/** "In stock", "Only 3 left", "Out of stock". */
export function stockText(stock: number): string {
  const level = stockLevel(stock);
  if (level === 'out') return t('catalog.stock.out');
  return level === 'low' ? t('catalog.stock.low', { count: stock }) : t('catalog.stock.inStock');
}

/** Whole dollars or cents as a short number for a price input ("12" or "12.50"). */
export function dollarsOf(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
