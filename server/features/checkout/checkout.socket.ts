import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { createRateLimiter, type RateLimit } from '../../rate-limit.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import { CheckoutSchema, type CheckoutRequest } from '../../../shared/checkout.js';
import { guessKeys, type DiscountGuard } from '../discounts/discount-guard.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { PaymentRefusedError, placeOrder } from './checkout.service.js';

/**
 * Card testing: refused cards are counted per session and per client IP; past the burst, more
 * checkouts wait (a shopper fixing a typo is never stopped; a script trying card after card is).
 * Successful orders spend nothing here.
 */
export const REFUSED_CARD_LIMITS = {
  session: { capacity: 5, refillPerSecond: 1 / 60 },
  ip: { capacity: 20, refillPerSecond: 1 / 30 },
} as const satisfies Record<string, RateLimit>;

export const checkoutHandlers = (ctx: AppContext, discountGuard: DiscountGuard): FeatureRoutes => {
  const refused = {
    session: createRateLimiter(REFUSED_CARD_LIMITS.session),
    ip: createRateLimiter(REFUSED_CARD_LIMITS.ip),
  };
  /** Keys holding a reservation now: the same key again meanwhile gets the provider's replay, not a new card decision. */
  const reserved = new Set<string>();
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
          if (reserved.has(input.idempotencyKey)) return place(session, ip, input);
          const keys = [
            ['session', session.id],
            ['ip', ip],
          ] as const;
          const verdicts = keys.map(([limit, key]) => refused[limit].take(key, ctx.now()));
          const giveBack = () => {
            for (const [i, [limit, key]] of keys.entries()) if (verdicts[i]!.ok) refused[limit].giveBack(key);
          };
          const wait = Math.max(0, ...verdicts.map((v) => (v.ok ? 0 : v.retryAfterMs)));
          if (wait > 0) {
            giveBack();
            throw new AppError('rate_limited', 'cards_refused_too_often', { retryAfterMs: wait });
          }
          let cardRefused = false;
          reserved.add(input.idempotencyKey);
          try {
            return await place(session, ip, input);
          } catch (err) {
            cardRefused = err instanceof PaymentRefusedError;
            throw err;
          } finally {
            reserved.delete(input.idempotencyKey);
            if (!cardRefused) giveBack();
          }
        },
      }),
    ],
  };
};
