import type { AppContext } from '../../context.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import {
  DiscountCheckSchema,
  DiscountCreateSchema,
  DiscountListSchema,
  DiscountRefSchema,
} from '../../../shared/discounts.js';
import { quoteDiscount } from './discount-check.js';
import { guessKeys, type DiscountGuard } from './discount-guard.js';
import { listDiscounts } from './discounts.repo.js';
import { createDiscount, disableDiscount, publishDiscountList } from './discounts.service.js';

/** Staff create, list and disable codes; a shopper checks one against their cart (rate limited). */
export function discountHandlers(ctx: AppContext, guard: DiscountGuard): FeatureRoutes {
  // A cancelled order gave its code's use back in its own transaction (orders.repo.ts, [DISC11]):
  // the desk's used counts follow its push, so the orders feature needs to know nothing of discounts.
  ctx.observe((_room, event, payload) => {
    const order = payload as { status?: string; discountCode?: string | null } | undefined;
    if (event === 'order:updated' && order?.status === 'cancelled' && order.discountCode) publishDiscountList(ctx);
  });
  return {
    routes: [
      route('staff:discount-create', {
        schema: DiscountCreateSchema,
        access: 'staff',
        run: (input, { session }) => createDiscount(ctx, session, input),
      }),
      route('staff:discount-list', {
        schema: DiscountListSchema,
        access: 'staff',
        run: () => listDiscounts(ctx.db),
      }),
      route('staff:discount-disable', {
        schema: DiscountRefSchema,
        access: 'staff',
        run: ({ code }, { session }) => disableDiscount(ctx, session, code),
      }),
      route('checkout:discount-check', {
        schema: DiscountCheckSchema,
        run: ({ code }, { session, socket }) =>
          guard.attempt(guessKeys(session, socket.data.address), ctx.now(), () => quoteDiscount(ctx, session, code)),
      }),
    ],
  };
}
