import type { Address } from '../../../../shared/checkout.js';
import { DEFAULT_LOCALE, type Locale } from '../../../../shared/locales.js';
import { renderMail, type RenderedMail } from '../mail-layout.js';
import { MAIL_WORDS, moneyIn, type MailWords } from '../words/mail-words.js';
import { addressLines } from './mail-format.js';

export interface ReceiptLine {
  name: string;
  colourName: string;
  storageGb: number | null;
  quantity: number;
  unitPriceCents: number;
}

export interface OrderReceiptData {
  number: string;
  lines: ReceiptLine[];
  subtotalCents: number;
  discountCode: string | null;
  discountCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
  address: Address;
  /** PUBLIC_URL (no trailing slash). */
  publicUrl: string;
}

const lineLabel = (l: ReceiptLine, w: MailWords['receipt']) =>
  [l.name, l.colourName, l.storageGb ? w.storage(l.storageGb) : ''].filter(Boolean).join(' · ');

/** The receipt, queued with the order itself (checkout.service.ts placeOrder), in the buyer's language ([LANG4]). */
export function orderReceipt(d: OrderReceiptData, locale: Locale = DEFAULT_LOCALE): RenderedMail {
  const w = MAIL_WORDS[locale].receipt;
  const money = moneyIn(locale);
  const totals: [string, string][] = [[w.subtotal, money(d.subtotalCents)]];
  if (d.discountCents > 0) totals.push([w.discount(d.discountCode), money(-d.discountCents)]);
  totals.push(
    [w.shipping, d.shippingCents === 0 ? w.free : money(d.shippingCents)],
    [w.tax, money(d.taxCents)],
    [w.total, money(d.totalCents)],
  );
  return renderMail(
    {
      subject: w.subject(d.number),
      preheader: w.preheader(money(d.totalCents)),
      heading: w.heading,
      blocks: [
        { p: w.paid(d.number) },
        { rows: d.lines.map((l) => [`${lineLabel(l, w)} × ${l.quantity}`, money(l.unitPriceCents * l.quantity)]) },
        { rows: totals },
        { p: w.deliveryTo(addressLines(d.address)) },
        { button: { label: w.button, href: `${d.publicUrl}/orders/${d.number}` } },
        { small: w.questions },
      ],
    },
    locale,
  );
}
