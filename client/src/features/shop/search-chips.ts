import type { Category, SearchChip } from '../../../../shared/catalog.js';
import { currencySymbol, t } from '../../i18n/index.js';
import type { catalog } from '../../i18n/en/catalog.js';
import { categoryLabel, dollarsOf, storageLabel } from '../catalog/catalog-format.js';

/** The orders a search text can ask for (relevance, newest and rating are only chosen). */
type ChipSort = keyof typeof catalog.shop.chips.sorts;

/** A whole-dollar budget reads as the shopper wrote it: "under $650", not "under $650.00". */
const budget = (cents: number) => `${currencySymbol()}${dollarsOf(cents)}`;

/** What a chip shows: "Phones", "under $650", "fits Vision X Terra", "sorted by battery". */
export function chipText(chip: SearchChip): string {
  switch (chip.kind) {
    case 'category':
      return categoryLabel(chip.value as Category);
    case 'maxPrice':
      return t('shop.chips.maxPrice', { price: budget(Number(chip.value)) });
    case 'minPrice':
      return t('shop.chips.minPrice', { price: budget(Number(chip.value)) });
    case 'fits':
      return t('shop.chips.fits', { name: chip.label });
    case 'colour':
      return chip.label;
    case 'storage':
      return storageLabel(Number(chip.value));
    case 'sort':
      return t(`shop.chips.sorts.${chip.value as ChipSort}`);
  }
}
