import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTestPaymentProvider, TEST_CARDS } from './test-provider.js';

const NOW = Date.UTC(2026, 10, 25);
const charge = (number: string, extra: Partial<{ expMonth: number; expYear: number; cvc: string; key: string }> = {}) =>
  createTestPaymentProvider(() => NOW).charge({
    amountCents: 100000,
    currency: 'USD',
    card: { number, expMonth: extra.expMonth ?? 12, expYear: extra.expYear ?? 2030, cvc: extra.cvc ?? '123' },
    idempotencyKey: extra.key ?? crypto.randomUUID(),
  });

const outcomes: [string, Parameters<typeof charge>, string][] = [
  ['the success card', [TEST_CARDS.success], 'ok'],
  ['the decline card', [TEST_CARDS.declined], 'declined'],
  ['the insufficient-funds card', [TEST_CARDS.insufficientFunds], 'insufficient_funds'],
  ['a number failing Luhn', ['4242424242424241'], 'invalid_card'],
  ['an expired card', [TEST_CARDS.success, { expMonth: 10, expYear: 2026 }], 'expired_card'],
  ['a 4-digit code on a Visa', [TEST_CARDS.success, { cvc: '1234' }], 'invalid_cvc'],
  ['a 3-digit code on an Amex', ['378282246310005', { cvc: '123' }], 'invalid_cvc'],
  ['an Amex with 4 digits', ['378282246310005', { cvc: '1234' }], 'ok'],
];
for (const [name, args, want] of outcomes) {
  test(`${name} → ${want}`, async () => {
    const res = await charge(...args);
    assert.is(res.ok ? 'ok' : res.reason, want);
  });
}

test('a success keeps only brand and last four', async () => {
  const res = await charge(TEST_CARDS.success);
  assert.ok(res.ok);
  if (!res.ok) return;
  assert.equal({ brand: res.brand, last4: res.last4 }, { brand: 'visa', last4: '4242' });
  assert.not.match(JSON.stringify(res), '42424242');
});

test('the same idempotency key is charged once', async () => {
  const provider = createTestPaymentProvider(() => NOW);
  const request = {
    amountCents: 500,
    currency: 'USD' as const,
    card: { number: TEST_CARDS.success, expMonth: 1, expYear: 2031, cvc: '999' },
    idempotencyKey: 'k-1',
  };
  const [a, b] = [await provider.charge(request), await provider.charge(request)];
  assert.equal(a, b);
});

test.run();
