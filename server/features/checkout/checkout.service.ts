import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { CheckoutRequest } from '../../../shared/checkout.js';
import type { FieldCode } from '../../../shared/field-errors.js';
import { checkoutTotals } from '../../../shared/checkout-totals.js';
import type { Order } from '../../../shared/orders.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { bumpVersion, deleteAllLines, findCartId, readCart } from '../cart/cart.repo.js';
import { cartOwnerOf, cartRoom } from '../cart/cart.service.js';
import { announceStock, changeStock } from '../catalog/stock.js';
import type { ChargeResult } from '../../ports.js';
import { appendOrderEvent, findOrder, insertOrder, toOrder } from '../orders/orders.repo.js';
import { redeemInOrder, termsOf } from '../discounts/discount-redeem.js';
import { publishDiscountList } from '../discounts/discounts.service.js';
import { queueOrderReceipt } from '../orders/order-mail.js';
import { openIntent, settleIntent } from './payment-intents.js';
import { saveCheckoutAddressWithin } from '../addresses/addresses.service.js';
import { checkoutFingerprint, claimAttempt, findAttempt, linkAttemptToOrder } from './checkout-attempts.js';

/** The cart or the stock moved during the charge: refunded, nothing written. */
class ChangedDuringCharge extends AppError {}

/** The payment provider refused the card (declined, insufficient funds, bad number…): nothing charged. */
export class PaymentRefusedError extends AppError {}

/**
 * docs/ARCHITECTURE.md §5: the card is charged first (never a network call inside the transaction),
 * then one BEGIN IMMEDIATE transaction claims the idempotency key, takes the stock only if it
 * is all there, writes the order with a price snapshot and empties the cart. If the stock is
 * gone by then, the charge is refunded and nothing is written. A retry with the same key
 * answers the first order; the same key for a different checkout is refused, and so is a key
 * whose charge was refunded.
 */
export async function placeOrder(ctx: AppContext, session: LiveSession, input: CheckoutRequest): Promise<Order> {
  const owner = session.userId !== null ? `user:${session.userId}` : `session:${session.id}`;
  const fingerprint = checkoutFingerprint(input);
  const earlier = answerRetry(ctx, input.idempotencyKey, owner, fingerprint);
  if (earlier) return earlier;

  const cartOwner = cartOwnerOf(session);
  const cart = readCart(ctx.db, cartOwner);
  if (cart.lines.length === 0) throw new AppError('conflict', 'cart_empty');
  if (cart.version !== input.cartVersion) throw new AppError('conflict', 'cart_changed');
  for (const line of cart.lines) {
    if (line.quantity > line.stock)
      throw new AppError('conflict', 'stock_short', {
        params: { stock: line.stock, name: line.name, colour: line.colourName },
      });
  }
  // A code that does not apply is refused before any charge [DISC7]; what it gives is read here,
  // never taken from the client.
  const discount = input.discountCode ? termsOf(ctx.db, input.discountCode, cart.subtotalCents, ctx.now()) : null;
  // The same function prices the checkout page, so the total shown is the total charged.
  const {
    subtotalCents: subtotal,
    discountCents,
    shippingCents: shipping,
    taxCents: tax,
    totalCents: total,
  } = checkoutTotals(cart.subtotalCents, input.address.country, input.shippingMethod, discount);

  const card = {
    number: input.card.number,
    expMonth: input.card.expiry.month,
    expYear: input.card.expiry.year,
    cvc: input.card.cvc,
  };
  // Written before the network call: if the process dies before the order commits, the reconciler finds the charge.
  const attempt = { key: input.idempotencyKey, owner, requestHash: fingerprint };
  openIntent(ctx.db, { ...attempt, amountCents: total, createdAt: ctx.now() });
  const charge = await ctx.payments.charge({
    amountCents: total,
    currency: 'USD',
    card,
    idempotencyKey: input.idempotencyKey,
  });
  if (!charge.ok) {
    settleIntent(ctx.db, input.idempotencyKey, 'refused', ctx.now());
    throw paymentError(charge);
  }

  const now = ctx.now();
  let result;
  try {
    result = ctx.db.transaction(
      (tx) => {
        if (!claimAttempt(tx, { ...attempt, createdAt: now })) return null;
        // Another tab may have changed the cart (or placed it) while the card was charged.
        const held = findCartId(tx, cartOwner);
        if (!held || held.version !== input.cartVersion) {
          throw new ChangedDuringCharge('conflict', 'cart_changed_during_payment');
        }
        const stock = cart.lines.map((l) => changeStock(tx, l.variantId, -l.quantity));
        const short = cart.lines.find((_, i) => stock[i] === null);
        if (short) {
          throw new ChangedDuringCharge('conflict', 'sold_out_during_payment', {
            params: { name: short.name, colour: short.colourName },
          });
        }
        // After the key's claim: a retry of this attempt never reaches here, so it counts once [DISC9].
        if (discount) redeemInOrder(tx, discount.code, subtotal, now);
        const row = insertOrder(
          tx,
          {
            userId: session.userId,
            sessionId: session.userId === null ? session.id : null,
            email: input.email,
            phone: input.phone,
            address: input.address,
            shippingMethod: input.shippingMethod,
            status: 'paid',
            subtotalCents: subtotal,
            discountCode: discount?.code ?? null,
            discountCents,
            shippingCents: shipping,
            taxCents: tax,
            totalCents: total,
            cardBrand: charge.brand,
            cardLast4: charge.last4,
            paymentRef: charge.chargeId,
            createdAt: now,
            updatedAt: now,
          },
          cart.lines.map((l) => ({
            variantId: l.variantId,
            productSlug: l.slug,
            sku: l.sku,
            name: l.name,
            colourName: l.colourName,
            storageGb: l.storageGb,
            image: l.image,
            unitPriceCents: l.unitPriceCents,
            quantity: l.quantity,
          })),
        );
        appendOrderEvent(tx, row.id, 'placed', 'shopper', '', now);
        appendOrderEvent(tx, row.id, 'paid', 'system', `${charge.brand} ending ${charge.last4}`, now);
        queueOrderReceipt(ctx, tx, row, now);
        linkAttemptToOrder(tx, input.idempotencyKey, row.id);
        settleIntent(tx, input.idempotencyKey, 'ordered', now);
        deleteAllLines(tx, held.id);
        bumpVersion(tx, held.id, now);
        const addressSaved = saveCheckoutAddressWithin(ctx, tx, session.userId, input, now);
        return {
          order: toOrder(tx, row),
          stock: stock.filter((s) => s !== null),
          cart: readCart(tx, cartOwner),
          addressSaved,
        };
      },
      { behavior: 'immediate' },
    );
  } catch (err) {
    // The provider answers a key's charge again on a retry, even once refunded: the key is spent
    // before the refund is awaited, or a retry arriving meanwhile would place an order on money
    // being given back.
    spendKey(ctx, { ...attempt, createdAt: now });
    // Whatever stopped the order (a lost race, a busy database, a bug), the money goes back.
    const refund = await ctx.payments.refund(charge.chargeId, total).catch(() => ({ ok: false }));
    // Left open, the intent is retried by the reconciler (checkout-reconciler.ts).
    if (!refund.ok)
      ctx.log.error(
        { chargeId: charge.chargeId, idempotencyKey: input.idempotencyKey },
        'refund after a failed checkout failed; the reconciler will retry it',
      );
    else settleIntent(ctx.db, input.idempotencyKey, 'refunded', ctx.now());
    throw err;
  }
  if (!result) {
    // A concurrent request with the same key won the claim (so its row exists): this charge was
    // the provider's idempotent replay of the same one, nothing to refund; answer its order.
    return answerRetry(ctx, input.idempotencyKey, owner, fingerprint)!;
  }
  announceStock(ctx, result.stock);
  if (discount) publishDiscountList(ctx); // the desk's used count
  result.addressSaved?.();
  ctx.publish(cartRoom(cartOwner), 'cart:updated', result.cart);
  ctx.publish(
    session.userId !== null ? rooms.user(session.userId) : rooms.session(session.id),
    'order:updated',
    result.order,
  );
  return result.order;
}

function answerRetry(ctx: AppContext, key: string, owner: string, fingerprint: string): Order | null {
  const attempt = findAttempt(ctx.db, key);
  if (!attempt) return null;
  if (attempt.owner !== owner || attempt.requestHash !== fingerprint) {
    throw new AppError('conflict', 'attempt_reused');
  }
  const row = attempt.orderId === null ? undefined : findOrder(ctx.db, attempt.orderId);
  if (!row) throw new AppError('conflict', 'attempt_ended');
  return toOrder(ctx.db, row);
}

/** No order will ever come of this key: a retry is told so (answerRetry); the intent stays open until the money is back. */
function spendKey(ctx: AppContext, attempt: Parameters<typeof claimAttempt>[1]): void {
  try {
    claimAttempt(ctx.db, attempt);
  } catch (err) {
    ctx.log.error({ err, idempotencyKey: attempt.key }, 'could not mark a refunded checkout attempt as spent');
  }
}

/** The card field the provider refused, and its code; declined and insufficient funds are about the card as a whole. */
const REFUSALS = {
  invalid_card: { field: 'card.number', code: 'card_invalid' },
  expired_card: { field: 'card.expiry', code: 'card_expired' },
  invalid_cvc: { field: 'card.cvc', code: 'cvc_invalid' },
  declined: { field: 'card.number', code: 'card_declined' },
  insufficient_funds: { field: 'card.number', code: 'insufficient_funds' },
} as const satisfies Record<Extract<ChargeResult, { ok: false }>['reason'], { field: string; code: FieldCode }>;

function paymentError(charge: Extract<ChargeResult, { ok: false }>): AppError {
  const { field, code } = REFUSALS[charge.reason];
  const fields = { [field]: { code } };
  if (code === 'card_declined' || code === 'insufficient_funds')
    return new PaymentRefusedError('conflict', code, { fields });
  return new PaymentRefusedError('bad_request', undefined, { fields });
}
