import type { Address } from '../../../../shared/checkout.js';
import { renderMail, type RenderedMail } from '../mail-layout.js';
import { addressLines, money } from './mail-format.js';

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

const lineLabel = (l: ReceiptLine) =>
  [l.name, l.colourName, l.storageGb ? `${l.storageGb >= 1024 ? `${l.storageGb / 1024} TB` : `${l.storageGb} GB`}` : '']
    .filter(Boolean)
    .join(' · ');

/** The receipt, queued with the order itself (checkout.service.ts placeOrder). */
export function orderReceipt(d: OrderReceiptData): RenderedMail {
  const totals: [string, string][] = [['Subtotal', money(d.subtotalCents)]];
  if (d.discountCents > 0)
    totals.push([`Discount${d.discountCode ? ` (${d.discountCode})` : ''}`, money(-d.discountCents)]);
  totals.push(
    ['Shipping', d.shippingCents === 0 ? 'Free' : money(d.shippingCents)],
    ['Tax', money(d.taxCents)],
    ['Total', money(d.totalCents)],
  );
  return renderMail({
    subject: `Your VisionX order ${d.number}`,
    preheader: `Thank you: ${money(d.totalCents)} paid. We will email you when it ships.`,
    heading: 'Thank you for your order',
    blocks: [
      { p: `Order ${d.number} is paid and on its way to our warehouse. We will email you again when it ships.` },
      { rows: d.lines.map((l) => [`${lineLabel(l)} × ${l.quantity}`, money(l.unitPriceCents * l.quantity)]) },
      { rows: totals },
      { p: `Delivery to: ${addressLines(d.address)}` },
      { button: { label: 'View your order', href: `${d.publicUrl}/orders/${d.number}` } },
      { small: 'Questions about your order? Reply to the chat on our site, or write to hello@visionx.example.' },
    ],
  });
}
