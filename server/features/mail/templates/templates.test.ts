import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { contactReply, staffReply } from './chat-replies.js';
import { orderReceipt, type OrderReceiptData } from './order-receipt.js';
import { orderDelivered, orderShipped } from './order-status.js';
import { transcript } from './transcript.js';

const RECEIPT: OrderReceiptData = {
  number: 'VX-ABCD2345',
  lines: [
    { name: 'VisionX Pro', colourName: 'Graphite', storageGb: 1024, quantity: 2, unitPriceCents: 99_900 },
    { name: 'Clear Case', colourName: 'Clear', storageGb: null, quantity: 1, unitPriceCents: 2_900 },
  ],
  subtotalCents: 202_700,
  discountCode: 'SPRING10',
  discountCents: 20_270,
  shippingCents: 0,
  taxCents: 14_600,
  totalCents: 197_030,
  address: {
    name: 'Ada',
    line1: '1 Market St',
    line2: '',
    city: 'SF',
    region: 'CA',
    postalCode: '94105',
    country: 'US',
  },
  publicUrl: 'https://shop.example',
};

test('[MAIL3] the receipt: each line with colour, storage, quantity and price; discount with its code; totals; address; link', () => {
  const { subject, text, html } = orderReceipt(RECEIPT);
  assert.is(subject, 'Your VisionX order VX-ABCD2345');
  assert.match(text, 'VisionX Pro · Graphite · 1 TB × 2');
  assert.match(text, '$1,998.00');
  assert.match(text, 'Clear Case · Clear × 1');
  assert.match(text, /Discount \(SPRING10\)\s+−\$202\.70/);
  assert.match(text, /Shipping\s+Free/);
  assert.match(text, /Total\s+\$1,970\.30/);
  assert.match(text, 'Ada, 1 Market St, SF CA 94105, US');
  assert.match(html, 'href="https://shop.example/orders/VX-ABCD2345"');
  assert.not.match(orderReceipt({ ...RECEIPT, discountCents: 0, discountCode: null }).text, 'Discount');
});

test('[MAIL4] shipped and delivered notices name the order and link to it', () => {
  const d = {
    number: 'VX-ABCD2345',
    shippingMethod: 'express' as const,
    country: 'GB' as const,
    publicUrl: 'https://s.example',
  };
  assert.match(orderShipped(d).text, '1–2 business days');
  assert.match(orderShipped(d).subject, 'has shipped');
  assert.match(orderDelivered(d).subject, 'was delivered');
  assert.match(orderDelivered(d).html, 'https://s.example/orders/VX-ABCD2345');
});

test('[MAIL5] [MAIL6] [MAIL7] shopper and staff words are escaped in the HTML and kept as written in the text', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const reply = { staffName: 'Sam', reply: `Hi ${evil}`, resumeUrl: 'https://s.example/support?conversation=4' };
  for (const { html, text } of [
    staffReply(reply),
    contactReply({ ...reply, contactName: evil }),
    transcript({
      title: evil,
      lines: [{ who: 'You', at: '2026-12-06T21:12:00.000Z', text: evil }],
      resumeUrl: reply.resumeUrl,
    }),
  ]) {
    assert.not.match(html, '<img');
    assert.match(html, '&#60;img src=x onerror=alert(1)&#62;');
    assert.match(text, evil);
  }
  assert.match(
    transcript({ title: 't', lines: [{ who: 'You', at: '2026-12-06T21:12:00.000Z', text: 'x' }], resumeUrl: '' }).text,
    'You · 2026-12-06 21:12 UTC',
  );
  assert.match(staffReply({ ...reply, reply: 'a'.repeat(5000) }).text, `${'a'.repeat(1200)}…`);
});

test.run();
