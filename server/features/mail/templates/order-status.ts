import { DEFAULT_LOCALE, type Locale } from '../../../../shared/locales.js';
import { SHIPPING_RATES, type Country, type ShippingMethod } from '../../../../shared/shipping.js';
import { renderMail, type RenderedMail } from '../mail-layout.js';
import { MAIL_WORDS } from '../words/mail-words.js';

export interface OrderStatusMailData {
  number: string;
  shippingMethod: ShippingMethod;
  country: Country;
  publicUrl: string;
}

const orderLink = (d: OrderStatusMailData, locale: Locale) => ({
  button: { label: MAIL_WORDS[locale].trackOrder, href: `${d.publicUrl}/orders/${d.number}` },
});

/** Queued where the order moves to shipped (orders.service.ts moveOrder), in the buyer's language ([LANG4]). */
export function orderShipped(d: OrderStatusMailData, locale: Locale = DEFAULT_LOCALE): RenderedMail {
  const w = MAIL_WORDS[locale].shipped;
  const rate = SHIPPING_RATES[d.country];
  const days = w.days(d.shippingMethod === 'express' ? rate.expressDays : rate.standardDays);
  return renderMail(
    {
      subject: w.subject(d.number),
      preheader: w.preheader(days),
      heading: w.heading,
      blocks: [{ p: w.body(d.number, w.method[d.shippingMethod], days) }, orderLink(d, locale)],
    },
    locale,
  );
}

/** Queued where the order moves to delivered. */
export function orderDelivered(d: OrderStatusMailData, locale: Locale = DEFAULT_LOCALE): RenderedMail {
  const w = MAIL_WORDS[locale].delivered;
  return renderMail(
    {
      subject: w.subject(d.number),
      preheader: w.preheader,
      heading: w.heading,
      blocks: [{ p: w.body(d.number) }, { p: w.returns }, orderLink(d, locale)],
    },
    locale,
  );
}
