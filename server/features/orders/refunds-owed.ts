import { and, eq, isNull, lte } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { refundsOwed } from '../../db/schema.js';

/** A refund still unpaid this long after its cancellation is retried. */
export const RETRY_REFUND_AFTER_MS = 60_000;

/** Inside the cancelling transaction: from here on the refund cannot be forgotten. */
export function oweRefund(
  db: DbLike,
  refund: { orderId: number; chargeId: string; amountCents: number; createdAt: number },
): void {
  db.insert(refundsOwed).values(refund).onConflictDoNothing().run();
}

/** Ask the provider for one owed refund; true once it is paid (now or before). */
export async function payRefund(ctx: AppContext, orderId: number): Promise<boolean> {
  const owed = ctx.db.select().from(refundsOwed).where(eq(refundsOwed.orderId, orderId)).get();
  if (!owed) return false;
  if (owed.refundedAt !== null) return true;
  const refund = await ctx.payments.refund(owed.chargeId, owed.amountCents).catch(() => ({ ok: false }));
  if (!refund.ok) {
    ctx.log.error({ orderId }, 'refund of a cancelled order failed; the reconciler will retry it');
    return false;
  }
  ctx.db
    .update(refundsOwed)
    .set({ refundedAt: ctx.now() })
    .where(and(eq(refundsOwed.orderId, orderId), isNull(refundsOwed.refundedAt)))
    .run();
  return true;
}

/** The reconciler's pass: every refund still owed a minute after its cancellation is tried again. Returns how many were paid. */
export async function payOwedRefunds(ctx: AppContext): Promise<number> {
  const open = ctx.db
    .select({ orderId: refundsOwed.orderId })
    .from(refundsOwed)
    .where(and(isNull(refundsOwed.refundedAt), lte(refundsOwed.createdAt, ctx.now() - RETRY_REFUND_AFTER_MS)))
    .all();
  let paid = 0;
  for (const { orderId } of open) if (await payRefund(ctx, orderId)) paid++;
  return paid;
}
