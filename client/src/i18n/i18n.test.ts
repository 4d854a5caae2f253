import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { currencySymbol, formatDate, formatPrice, t, tSplit } from './index.js';

test('t returns a plain string', () => {
  assert.is(t('accountMenu.signIn'), 'Sign in');
});

test('t fills named parameters and leaves unknown ones visible', () => {
  assert.is(t('app.pageTitle', { page: 'Sign in' }), 'Sign in · VisionX');
  assert.is(t('app.pageTitle'), '{page} · VisionX');
});

test('t picks the plural form from count', () => {
  assert.is(t('cart.label', { count: 0 }), 'Cart, 0 items');
  assert.is(t('cart.label', { count: 1 }), 'Cart, 1 item');
  assert.is(t('cart.label', { count: 3 }), 'Cart, 3 items');
});

test('tSplit cuts a sentence around a slot', () => {
  assert.equal(tSplit('footer.help', 'email'), ['Questions? Write to ', '.']);
});

test('formatPrice formats cents in the given currency', () => {
  assert.is(formatPrice(49900), '$499.00');
  assert.is(formatPrice(1995, 'EUR'), '€19.95');
});

test('currencySymbol is the symbol prices are written with', () => {
  assert.is(currencySymbol(), '$');
  assert.is(currencySymbol('EUR'), '€');
});

test('formatDate formats ISO dates and ignores invalid ones', () => {
  assert.is(formatDate('2025-01-15T12:00:00Z'), 'January 15, 2025');
  assert.is(formatDate('not a date'), '');
});

test.run();
