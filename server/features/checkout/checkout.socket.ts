import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { RateLimit } from '../../rate-limit.js';
import { reserveEach, type Reservation } from '../../shared-state/shared-limits.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import { CheckoutSchema, type CheckoutRequest } from '../../../shared/checkout.js';
import { guessKeys, type DiscountGuard } from '../discounts/discount-guard.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { PaymentRefusedError, placeOrder } from './checkout.service.js';

/**
 * Card testing: refused cards are counted per session and per client IP; past the burst, more
 * checkouts wait (a shopper fixing a typo is never stopped; a script trying card after card is).
 * Successful orders spend nothing here. The counts are the shop's shared state; while it cannot
 * answer, checkouts are refused before any charge ([SHARED6]).
 */
export const REFUSED_CARD_LIMITS = {
  session: { capacity: 5, refillPerSecond: 1 / 60 },
  ip: { capacity: 20, refillPerSecond: 1 / 30 },
} as const satisfies Record<string, RateLimit>;

export const checkoutHandlers = (ctx: AppContext, discountGuard: DiscountGuard): FeatureRoutes => {
  const refused = {
    session: ctx.limits.limiter('cards:session', REFUSED_CARD_LIMITS.session, 'refuse'),
    ip: ctx.limits.limiter('cards:ip', REFUSED_CARD_LIMITS.ip, 'refuse'),
  };
  /**
   * Keys holding a reservation now (or asking the shared state for one): the same key again
   * meanwhile waits for that answer and gets the provider's replay, not a new card decision.
   * Per process on purpose (SPEC §30): the same key on two processes reserves twice, which only
   * makes the refused-card limit stricter; the provider and the database still answer it once.
   */
  const reserved = new Map<string, Promise<Reservation>>();
  const refusal = (retryAfterMs: number) => new AppError('rate_limited', 'cards_refused_too_often', { retryAfterMs });
  // A refused discount code counts against guessing here as at the check ([DISC6]).
  const place = (session: LiveSession, ip: string, input: CheckoutRequest) =>
    input.discountCode
      ? discountGuard.attempt(guessKeys(session, ip), ctx.now(), () => placeOrder(ctx, session, input))
      : placeOrder(ctx, session, input);
  return {
    routes: [
      route('checkout:place', {
        schema: CheckoutSchema,
        run: async (input, { session, socket }) => {
          const ip = socket.data.address;
          // A token is reserved before the charge and given back unless the card is refused
          // (successful orders spend nothing): counting only after the answer let attempts sent
          // together all pass the check.
          const key = input.idempotencyKey;
          const held = reserved.get(key);
          if (held !== undefined) {
            const first = await held; // its refusal, or its error, is this attempt's too
            if (!first.ok) throw refusal(first.retryAfterMs);
            return place(session, ip, input);
          }
          // Set before the first await, so attempts with this key sent together spend one token.
          const reserving = reserveEach(
            [
              [refused.session, session.id],
              [refused.ip, ip],
            ],
            ctx.now(),
          );
          reserved.set(key, reserving);
          let reservation: Reservation;
          try {
            reservation = await reserving;
          } catch (err) {
            reserved.delete(key);
            throw err;
          }
          if (!reservation.ok) {
            reserved.delete(key);
            throw refusal(reservation.retryAfterMs);
          }
          let cardRefused = false;
          try {
            return await place(session, ip, input);
          } catch (err) {
            cardRefused = err instanceof PaymentRefusedError;
            throw err;
          } finally {
            reserved.delete(key);
            if (!cardRefused) await reservation.giveBack();
          }
        },
      }),
    ],
  };
};
