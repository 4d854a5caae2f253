import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { z } from 'zod';
import type { FieldErrors } from '../../../../shared/field-errors.js';
import type { Order } from '../../../../shared/orders.js';
import type { ClientErrorCode, ClientResult } from '../../../../shared/result.js';
import {
  attemptToSend,
  fingerprintOf,
  newAttemptKey,
  openAfter,
  outcomeOf,
  type CheckoutAttempt,
} from './checkout-attempt.js';
import { CheckoutDetailsSchema } from './checkout-fields.js';

const details = (card = '4242 4242 4242 4242', cvc = '123', city = 'San Francisco') =>
  CheckoutDetailsSchema.parse({
    email: 'ada@example.com',
    phone: '+1 415 555 0100',
    address: { name: 'Ada', line1: '1 Market St', city, region: 'CA', postalCode: '94105', country: 'US' },
    shippingMethod: 'standard',
    card: { number: card, expiry: '12/30', cvc, name: 'Ada' },
  });

let made = 0;
const makeKey = () => `key-${++made}`;
const fail = (code: ClientErrorCode, fields?: FieldErrors): ClientResult<Order> => ({
  ok: false,
  error: { code, ...(fields ? { fields } : {}) },
});

test('the fingerprint holds neither the card number nor its code, and ignores the code', () => {
  const print = fingerprintOf(details());
  assert.not.ok(print.includes('4242424242424242'), 'no full card number');
  assert.not.ok(print.includes('"123"'), 'no security code');
  assert.is(fingerprintOf(details(undefined, '999')), print, 'a re-typed code is the same checkout');
  assert.is.not(fingerprintOf(details('4000 0000 0000 0002')), print, 'another card is another checkout');
  assert.is(fingerprintOf(details('4242424242424242')), print, 'spacing does not matter once parsed');
});

test('a first press makes a new key with the cart version shown', () => {
  const attempt = attemptToSend(null, 'p', 7, makeKey);
  assert.equal(attempt, { key: `key-${made}`, cartVersion: 7, fingerprint: 'p' });
});

test('an unanswered attempt is sent again unchanged, even if the cart version moved since', () => {
  const open: CheckoutAttempt = { key: 'k1', cartVersion: 7, fingerprint: 'p' };
  assert.is(attemptToSend(open, 'p', 9, makeKey), open);
});

test('changed details after an unanswered attempt are a new checkout with a new key', () => {
  const open: CheckoutAttempt = { key: 'k1', cartVersion: 7, fingerprint: 'p' };
  const next = attemptToSend(open, 'q', 9, makeKey);
  assert.is.not(next.key, 'k1');
  assert.is(next.cartVersion, 9);
});

// code (+ fields) → outcome kind, and whether the attempt stays open for a retry with its key
const outcomes: [string, ClientResult<Order>, string, boolean][] = [
  ['placed', { ok: true, data: { number: 'VX-ABCDEFGH' } as Order }, 'placed', false],
  ['timeout', fail('timeout'), 'unanswered', true],
  ['disconnected', fail('disconnected'), 'unanswered', true],
  ['rate limited (never looked at)', fail('rate_limited'), 'unanswered', true],
  ['declined', fail('conflict', { 'card.number': { code: 'card_declined' } }), 'payment-refused', false],
  ['cart changed', fail('conflict'), 'cart-changed', false],
  ['invalid card', fail('bad_request', { 'card.number': { code: 'card_invalid' } }), 'invalid', false],
  ['session ended', fail('unauthorized'), 'failed', false],
  // The charge may have been made and refunded: the provider would replay it for the same key.
  ['internal', fail('internal'), 'failed', false],
];
for (const [name, result, kind, staysOpen] of outcomes) {
  test(`answer "${name}" → ${kind}, ${staysOpen ? 'same key next time' : 'new key next time'}`, () => {
    const outcome = outcomeOf(result);
    assert.is(outcome.kind, kind);
    const attempt: CheckoutAttempt = { key: 'k1', cartVersion: 1, fingerprint: 'p' };
    assert.is(openAfter(attempt, outcome), staysOpen ? attempt : null);
    assert.is(attemptToSend(openAfter(attempt, outcome), 'p', 1, makeKey).key === 'k1', staysOpen);
  });
}

test('new keys are v4 UUIDs the checkout schema accepts, also where crypto.randomUUID is missing', () => {
  const uuid = z.uuid();
  const keys = [newAttemptKey(), newAttemptKey()];
  const real = crypto.randomUUID;
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
  try {
    keys.push(newAttemptKey(), newAttemptKey());
  } finally {
    Object.defineProperty(crypto, 'randomUUID', { value: real, configurable: true, writable: true });
  }
  for (const key of keys) assert.ok(uuid.safeParse(key).success && /^[0-9a-f-]{14}4/.test(key), key);
  assert.is(new Set(keys).size, keys.length);
});

test.run();
