import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { checkoutAttempts } from '../../db/schema.js';
import type { CheckoutRequest } from '../../../shared/checkout.js';

/**
 * What identifies "the same checkout" for a retry: everything but the card's secrets. The card
 * number is left out whole (a hash of 16 digits can be reversed by trying them), only its last
 * four and expiry count.
 */
export function checkoutFingerprint(input: CheckoutRequest): string {
  const { card, idempotencyKey: _key, ...rest } = input;
  const stable = JSON.stringify({
    ...rest,
    card: { last4: card.number.slice(-4), expiry: card.expiry, name: card.name },
  });
  return createHash('sha256').update(stable).digest('hex');
}

export const findAttempt = (db: DbLike, key: string) =>
  db.select().from(checkoutAttempts).where(eq(checkoutAttempts.key, key)).get();

/** Claim the key inside the order transaction; false if another request claimed it first. */
export function claimAttempt(db: DbLike, attempt: typeof checkoutAttempts.$inferInsert): boolean {
  return db.insert(checkoutAttempts).values(attempt).onConflictDoNothing().run().changes === 1;
}

export function linkAttemptToOrder(db: DbLike, key: string, orderId: number): void {
  db.update(checkoutAttempts).set({ orderId }).where(eq(checkoutAttempts.key, key)).run();
}
