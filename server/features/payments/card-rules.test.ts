import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cardBrand, cvcLength, digitsOnly, isExpired, passesLuhn } from './card-rules.js';

const luhn: [string, boolean][] = [
  ['4242424242424242', true],
  ['4242424242424241', false],
  ['4000000000000002', true],
  ['4000000000009995', true],
  ['5555555555554444', true],
  ['378282246310005', true],
  ['6011111111111117', true],
  ['1234567812345678', false],
  ['42424242', false], // too short
  ['4242 4242 4242 4242', false], // callers strip spaces first
  ['', false],
];
for (const [n, ok] of luhn) test(`Luhn ${n || '(empty)'} → ${ok}`, () => assert.is(passesLuhn(n), ok));

const brands: [string, string][] = [
  ['4242424242424242', 'visa'],
  ['5555555555554444', 'mastercard'],
  ['2223003122003222', 'mastercard'],
  ['378282246310005', 'amex'],
  ['6011111111111117', 'discover'],
  ['9999999999999995', 'unknown'],
];
for (const [n, brand] of brands) test(`brand of ${n} is ${brand}`, () => assert.is(cardBrand(n), brand));

test('digitsOnly strips spaces and dashes', () => assert.is(digitsOnly('4242 4242-4242 4242'), '4242424242424242'));

test('a card works through the last day of its expiry month', () => {
  const now = new Date(Date.UTC(2026, 10, 30, 23, 59)); // 30 Nov 2026
  assert.is(isExpired(11, 2026, now), false);
  assert.is(isExpired(10, 2026, now), true);
  assert.is(isExpired(11, 2026, new Date(Date.UTC(2026, 11, 1))), true);
  assert.is(isExpired(1, 2030, now), false);
});

test('security code length: 4 for Amex, 3 for the rest', () => {
  assert.equal(
    ['amex', 'visa', 'mastercard'].map((b) => cvcLength(b as never)),
    [4, 3, 3],
  );
});

test.run();
