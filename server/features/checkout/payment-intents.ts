import { and, eq, isNull, lte } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { paymentIntents, type PAYMENT_OUTCOMES } from '../../db/schema.js';

export type PaymentOutcome = (typeof PAYMENT_OUTCOMES)[number];

/** Before the provider is called. A retry after a crash finds its row still open and keeps it. */
export function openIntent(
  db: DbLike,
  intent: { key: string; owner: string; requestHash: string; amountCents: number; createdAt: number },
): void {
  db.insert(paymentIntents).values(intent).onConflictDoNothing().run();
}

export function settleIntent(db: DbLike, key: string, outcome: PaymentOutcome, now: number): void {
  db.update(paymentIntents)
    .set({ settledAt: now, outcome })
    .where(and(eq(paymentIntents.key, key), isNull(paymentIntents.settledAt)))
    .run();
}

/** Intents still open that were opened at or before `before`: their requests are long gone. */
export function staleIntents(db: DbLike, before: number) {
  return db
    .select()
    .from(paymentIntents)
    .where(and(isNull(paymentIntents.settledAt), lte(paymentIntents.createdAt, before)))
    .all();
}
