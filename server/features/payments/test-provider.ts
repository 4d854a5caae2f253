import { randomUUID } from 'node:crypto';
import { cardBrand, cvcLength, isExpired, passesLuhn } from './card-rules.js';
import type { ChargeRequest, ChargeResult, PaymentProvider } from '../../ports.js';
import { memoryChargeBook, type ChargeBook } from './test-provider-book.js';

/**
 * The built-in provider for the demo and tests. It follows the widely used test-card
 * conventions (Stripe's numbers): 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is
 * declined, 4000 0000 0000 9995 has insufficient funds; any other number that passes the
 * checks succeeds. It remembers charges by idempotency key in its book, so a retry is not charged
 * twice; the app's book is a table, so a retry through another process is not charged twice either.
 */
export const TEST_CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

export function createTestPaymentProvider(
  now: () => number = Date.now,
  book: ChargeBook = memoryChargeBook(),
): PaymentProvider {
  return {
    name: 'test',
    async charge(request) {
      const earlier = book.find(request.idempotencyKey);
      if (earlier) return earlier;
      return book.keep(request, decide(request, new Date(now())), now());
    },
    async refund() {
      return { ok: true };
    },
    async findCharge(idempotencyKey) {
      const result = book.find(idempotencyKey);
      return result?.ok ? { chargeId: result.chargeId } : null;
    },
  };
}

function decide({ card }: ChargeRequest, now: Date): ChargeResult {
  const brand = cardBrand(card.number);
  if (!passesLuhn(card.number)) return { ok: false, reason: 'invalid_card' };
  if (isExpired(card.expMonth, card.expYear, now)) return { ok: false, reason: 'expired_card' };
  if (!new RegExp(`^\\d{${cvcLength(brand)}}$`).test(card.cvc)) {
    return { ok: false, reason: 'invalid_cvc' };
  }
  if (card.number === TEST_CARDS.declined) return { ok: false, reason: 'declined' };
  if (card.number === TEST_CARDS.insufficientFunds) {
    return { ok: false, reason: 'insufficient_funds' };
  }
  return { ok: true, chargeId: `test_${randomUUID()}`, brand, last4: card.number.slice(-4) };
}
