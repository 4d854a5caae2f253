import type { Address } from '../../../../shared/checkout.js';
import { t } from '../../i18n/index.js';

/** "1 Market St, Apt 4, San Francisco, CA 94105, United States": an address on one line. */
export function addressSummary(a: Address): string {
  const place = [a.region, a.postalCode].filter(Boolean).join(' ');
  return [a.line1, a.line2, a.city, place, t(`checkout.address.countries.${a.country}`)].filter(Boolean).join(', ');
}
