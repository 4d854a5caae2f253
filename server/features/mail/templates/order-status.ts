import { SHIPPING_RATES, type Country, type ShippingMethod } from '../../../../shared/shipping.js';
import { renderMail, type RenderedMail } from '../mail-layout.js';

export interface OrderStatusMailData {
  number: string;
  shippingMethod: ShippingMethod;
  country: Country;
  publicUrl: string;
}

const orderLink = (d: OrderStatusMailData) => ({
  button: { label: 'Track your order', href: `${d.publicUrl}/orders/${d.number}` },
});

/** Queued where the order moves to shipped (orders.service.ts moveOrder). */
export function orderShipped(d: OrderStatusMailData): RenderedMail {
  const rate = SHIPPING_RATES[d.country];
  const days = `${d.shippingMethod === 'express' ? rate.expressDays : rate.standardDays} business days`;
  return renderMail({
    subject: `Your VisionX order ${d.number} has shipped`,
    preheader: `It is on its way: expect it within ${days}.`,
    heading: 'Your order is on its way',
    blocks: [
      { p: `Order ${d.number} has left our warehouse (${d.shippingMethod} shipping). Expect it within ${days}.` },
      orderLink(d),
    ],
  });
}

/** Queued where the order moves to delivered. */
export function orderDelivered(d: OrderStatusMailData): RenderedMail {
  return renderMail({
    subject: `Your VisionX order ${d.number} was delivered`,
    preheader: 'Enjoy it; returns are free within 30 days.',
    heading: 'Delivered',
    blocks: [
      { p: `Order ${d.number} was delivered. We hope you enjoy it.` },
      { p: 'Something not right? You can return it within 30 days: start from the order page.' },
      orderLink(d),
    ],
  });
}
