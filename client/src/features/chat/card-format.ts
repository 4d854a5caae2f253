import { t } from '../../i18n/index.js';
import { storageLabel } from '../catalog/catalog-format.js';

/** "Black, 128 GB", or just the colour for what has no storage sizes. */
export const variantText = (colour: string, storageGb: number | null) =>
  storageGb === null ? colour : t('cart.variant', { colour, storage: storageLabel(storageGb) });
