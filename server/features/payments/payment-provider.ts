import type { CardBrand } from './card-rules.js';

/** What checkout hands a provider. The card details live only for the length of the call. */
export interface ChargeRequest {
  amountCents: number;
  currency: 'USD';
  card: { number: string; expMonth: number; expYear: number; cvc: string };
  /** The checkout's idempotency key: a provider must not charge twice for one key. */
  idempotencyKey: string;
}

export type ChargeResult =
  | { ok: true; chargeId: string; brand: CardBrand; last4: string }
  /** A refusal, as a code: checkout turns it into the shopper's field and reason codes. */
  | { ok: false; reason: 'declined' | 'insufficient_funds' | 'invalid_card' | 'expired_card' | 'invalid_cvc' };

export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(chargeId: string, amountCents: number): Promise<{ ok: boolean }>;
  /** The successful charge made for an idempotency key, if any (for reconciling abandoned checkouts). */
  findCharge(idempotencyKey: string): Promise<{ chargeId: string } | null>;
}
