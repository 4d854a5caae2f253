import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LOCALES } from '../../../../shared/locales.js';
import { contactReply, staffReply } from './chat-replies.js';
import { orderReceipt, type OrderReceiptData } from './order-receipt.js';
import { orderDelivered, orderShipped } from './order-status.js';
import { passwordResetMail } from './password_reset.js';
import { transcript, transcriptAuthor } from './transcript.js';
import { verifyEmailMail } from './verify_email.js';
import { welcomeMail } from './welcome.js';

const RECEIPT: OrderReceiptData = {
  number: 'VX-ABCD2345',
  lines: [{ name: 'VisionX Pro', colourName: 'Graphite', storageGb: 1024, quantity: 2, unitPriceCents: 99_900 }],
  subtotalCents: 199_800,
  discountCode: 'SPRING10',
  discountCents: 19_980,
  shippingCents: 0,
  taxCents: 14_600,
  totalCents: 194_420,
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
const STATUS = { number: 'VX-ABCD2345', shippingMethod: 'express' as const, country: 'DE' as const, publicUrl: 'x' };
const REPLY = { staffName: 'Sam', reply: 'Hi', resumeUrl: 'https://s.example/support?conversation=4' };

/** Every template, rendered in one language. */
const everyMail = (locale: (typeof LOCALES)[number]) => [
  welcomeMail({ name: 'Ada', accountUrl: 'a', shopUrl: 's' }, locale),
  verifyEmailMail({ name: 'Ada', email: 'ada@example.com', link: 'l' }, locale),
  passwordResetMail({ name: 'Ada', link: 'l', minutes: 60 }, locale),
  orderReceipt(RECEIPT, locale),
  orderShipped(STATUS, locale),
  orderDelivered(STATUS, locale),
  staffReply(REPLY, locale),
  contactReply({ ...REPLY, contactName: 'Ada' }, locale),
  transcript({ title: 't', lines: [], resumeUrl: 'r' }, locale),
];

test('[LANG4] the receipt in French: French words, amounts in US dollars the French way, storage in To', () => {
  const { subject, text, html } = orderReceipt(RECEIPT, 'fr');
  assert.is(subject, 'Votre commande VisionX VX-ABCD2345');
  assert.match(html, '<html lang="fr">');
  assert.match(text, 'Merci pour votre commande');
  assert.match(text, /VisionX Pro · Graphite · 1 To × 2\s+1\s998,00\s\$US/);
  assert.match(text, /Remise \(SPRING10\)\s+-199,80\s\$US/);
  assert.match(text, /Livraison\s+Offerte/);
  assert.match(text, /Total\s+1\s944,20\s\$US/);
  assert.match(text, 'Adresse de livraison : Ada, 1 Market St, SF CA 94105, US');
  assert.match(html, 'Vous recevez cet e-mail');
  assert.not.match(text, /Subtotal|Thank you|\$1,/);
});

test('[LANG4] German and Spanish notices: the days and the method in the language', () => {
  assert.match(orderShipped(STATUS, 'de').text, 'innerhalb von 2–4 Werktagen');
  assert.match(orderShipped(STATUS, 'de').text, '(Expressversand)');
  assert.is(orderDelivered(STATUS, 'es').subject, 'Tu pedido de VisionX VX-ABCD2345 se ha entregado');
  assert.match(orderShipped(STATUS, 'es').text, 'Te llegará en 2–4 días hábiles');
});

test('[LANG4] a transcript in German: its authors and times the German way, in UTC', () => {
  const { text, subject } = transcript(
    {
      title: 'Akku',
      lines: [
        { who: transcriptAuthor('de', 'user'), at: '2026-12-06T21:12:00.000Z', text: 'Hallo' },
        { who: transcriptAuthor('de', 'staff', 'Sam'), at: '2026-12-06T21:13:00.000Z', text: 'Hi' },
      ],
      resumeUrl: 'r',
    },
    'de',
  );
  assert.is(subject, 'Ihre Unterhaltung mit VisionX: Akku');
  assert.match(text, 'Sie · 06.12.2026, 21:12 UTC');
  assert.match(text, 'Sam von VisionX · 06.12.2026, 21:13 UTC');
});

test('[LANG4] every template speaks each language: no two languages share a subject or a body, and <html lang> says which', () => {
  const english = everyMail('en');
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    everyMail(locale).forEach((mail, i) => {
      assert.match(mail.html, `<html lang="${locale}">`);
      if (i !== 7) assert.is.not(mail.subject, english[i]!.subject, `${locale} #${i} subject`);
      assert.is.not(mail.text, english[i]!.text, `${locale} #${i} text`);
    });
  }
  for (const mail of english) assert.match(mail.html, '<html lang="en">');
});

test.run();
