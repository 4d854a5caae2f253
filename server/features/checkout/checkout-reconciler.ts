import type { AppContext } from '../../context.js';
import { payOwedRefunds } from '../orders/refunds-owed.js';
import { claimAttempt, findAttempt } from './checkout-attempts.js';
import { settleIntent, staleIntents } from './payment-intents.js';

/** A checkout answers within seconds; an intent open this long lost its request (a crash, a dropped retry). */
export const ABANDONED_AFTER_MS = 15 * 60_000;
const EVERY_MS = 5 * 60_000;

/**
 * Money taken without an order: the process died between the charge and the commit, or a
 * refund failed. For each intent left open past ABANDONED_AFTER_MS the key is spent first (so a
 * late retry can no longer write an order on it), then whatever the provider charged for that
 * key is refunded. An order that did commit is left alone. A refund that fails stays open and
 * is tried again next round. Returns the number of intents settled.
 */
export async function reconcileAbandonedCharges(ctx: AppContext): Promise<number> {
  let settled = 0;
  for (const intent of staleIntents(ctx.db, ctx.now() - ABANDONED_AFTER_MS)) {
    const now = ctx.now();
    const refundable = ctx.db.transaction(
      (tx) => {
        const attempt = findAttempt(tx, intent.key);
        if (attempt?.orderId != null) {
          settleIntent(tx, intent.key, 'ordered', now);
          return false;
        }
        claimAttempt(tx, { key: intent.key, owner: intent.owner, requestHash: intent.requestHash, createdAt: now });
        return true;
      },
      { behavior: 'immediate' },
    );
    if (refundable) {
      const charge = await ctx.payments.findCharge(intent.key).catch(() => undefined);
      if (charge === undefined) continue; // the provider did not answer: next round
      const refund = charge
        ? await ctx.payments.refund(charge.chargeId, intent.amountCents).catch(() => ({ ok: false }))
        : { ok: true };
      if (!refund.ok) {
        ctx.log.error({ idempotencyKey: intent.key }, 'refund of an abandoned checkout failed; will retry');
        continue;
      }
      settleIntent(ctx.db, intent.key, charge ? 'refunded' : 'abandoned', ctx.now());
      if (charge)
        ctx.log.warn(
          { idempotencyKey: intent.key, amountCents: intent.amountCents },
          'refunded the charge of an abandoned checkout',
        );
    }
    settled++;
  }
  return settled;
}

/** Every 5 minutes: abandoned checkout charges, then refunds still owed for cancelled orders. */
export function startChargeReconciler(ctx: AppContext): { stop(): void } {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    reconcileAbandonedCharges(ctx)
      .then(() => payOwedRefunds(ctx))
      .catch((err: unknown) => ctx.log.error({ err }, 'checkout reconciliation failed'))
      .finally(() => (running = false));
  };
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
