import type { CardBrand } from '../../ports.js';

/**
 * Card checks every provider needs before it is asked to charge: pure functions, no network.
 * Only the brand and the last four digits ever leave this module's callers' hands.
 */

export const digitsOnly = (s: string) => s.replace(/[\s-]/g, '');

/** The Luhn (mod 10) checksum every card number carries. */
export function passesLuhn(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function cardBrand(number: string): CardBrand {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(number)) return 'discover';
  return 'unknown';
}

/** A card is usable through the end of its expiry month. */
export function isExpired(month: number, year: number, now: Date): boolean {
  const endOfMonth = Date.UTC(year, month, 1); // first instant of the following month
  return now.getTime() >= endOfMonth;
}

/** American Express uses a 4-digit security code, the others 3. */
export const cvcLength = (brand: CardBrand) => (brand === 'amex' ? 4 : 3);
