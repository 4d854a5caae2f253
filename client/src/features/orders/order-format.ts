import type { Address } from '../../../../shared/checkout.js';
import type { OrderStatus } from '../../../../shared/order-status.js';
import type { Order } from '../../../../shared/orders.js';
import { formatDate, intlLocale, t, type MessageKey } from '../../i18n/index.js';

export const statusLabel = (status: OrderStatus) => t(`orders.status.${status}`);

/** "Mar 3, 2025, 10:42 AM": when something happened to an order. */
export const formatMoment = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

/** "Visa ending in 4242"; a brand we have no name for is just "Card". */
export function cardText(card: Order['card']): string {
  const key = `orders.brands.${card.brand}` as MessageKey;
  const brand = t(key) === key ? t('orders.brands.unknown') : t(key);
  return t('orders.detail.card', { brand, last4: card.last4 });
}

export const itemCount = (order: Pick<Order, 'lines'>) => order.lines.reduce((n, l) => n + l.quantity, 0);

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([intlLocale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The address as it goes on a parcel, one entry per line, in the order the country's post
 * expects: "San Francisco, CA 94105" in North America, "75008 Paris" in France and Germany,
 * the postcode on its own line in the UK.
 */
export function addressLines(a: Address): string[] {
  const place =
    a.country === 'US' || a.country === 'CA'
      ? [`${a.city}, ${a.region} ${a.postalCode}`]
      : a.country === 'GB'
        ? [a.city, a.postalCode]
        : [`${a.postalCode} ${a.city}`];
  return [a.name, a.line1, a.line2, ...place, countryName(a.country)].filter((line) => line.trim() !== '');
}
