import { INTL_LOCALES, type Locale } from '../../../../shared/locales.js';
import { money } from '../templates/mail-format.js';
import type { ShippingMethod } from '../../../../shared/shipping.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/**
 * Every word of the shop's email, in one language ([LANG4]). Functions where a sentence holds a
 * value, so each language puts it where its grammar wants. The server's own: the client never
 * shows these, so its chunks do not carry them (docs/decisions/032-languages.md).
 */
export interface MailWords {
  layout: { footer: string };
  welcome: {
    subject: string;
    preheader: string;
    heading: (name: string) => string;
    ready: string;
    verifySent: string;
    button: string;
    manage: (url: string) => string;
  };
  verify: {
    subject: string;
    preheader: (email: string) => string;
    heading: string;
    body: (name: string, email: string) => string;
    button: string;
    small: string;
  };
  reset: {
    subject: string;
    preheader: (minutes: number) => string;
    heading: string;
    body: (name: string) => string;
    button: string;
    once: (minutes: number) => string;
    small: string;
  };
  receipt: {
    subject: (number: string) => string;
    preheader: (total: string) => string;
    heading: string;
    paid: (number: string) => string;
    subtotal: string;
    discount: (code: string | null) => string;
    shipping: string;
    free: string;
    tax: string;
    total: string;
    deliveryTo: (address: string) => string;
    button: string;
    questions: string;
    /** GB and TB as the language writes them (Go, To in French). */
    storage: (gb: number) => string;
  };
  shipped: {
    subject: (number: string) => string;
    preheader: (days: string) => string;
    heading: string;
    body: (number: string, method: string, days: string) => string;
    method: Record<ShippingMethod, string>;
    days: (range: string) => string;
  };
  delivered: {
    subject: (number: string) => string;
    preheader: string;
    heading: string;
    body: (number: string) => string;
    returns: string;
  };
  trackOrder: string;
  staffReply: {
    subject: (staff: string) => string;
    heading: string;
    intro: (staff: string) => string;
    button: string;
    small: string;
  };
  contactReply: {
    subject: string;
    heading: (name: string) => string;
    signature: (staff: string) => string;
    button: string;
    small: string;
  };
  transcript: {
    subject: (title: string) => string;
    preheader: (count: number) => string;
    heading: string;
    untitled: string;
    you: string;
    assistant: string;
    staff: (name: string | null) => string;
    button: string;
  };
}

export const MAIL_WORDS: Record<Locale, MailWords> = { en, fr, de, es };

/** Amounts in US dollars, written the language's way ("1 299,00 $US" in French), as the client's prices. */
export function moneyIn(locale: Locale): (cents: number) => string {
  if (locale === 'en') return money;
  const format = new Intl.NumberFormat(INTL_LOCALES[locale], { style: 'currency', currency: 'USD' });
  return (cents) => format.format(cents / 100);
}

/**
 * A moment in UTC, the language's way ("6 déc. 2026, 21:12 UTC"): the reader's time zone is not
 * known. English keeps the form it always had ("2026-12-06 21:12 UTC").
 */
export function whenIn(locale: Locale): (iso: string) => string {
  if (locale === 'en') return (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  const format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return (iso) => `${format.format(new Date(iso))} UTC`;
}
