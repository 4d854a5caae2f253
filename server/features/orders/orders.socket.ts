import type { AppContext } from '../../context.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import { OrderNumberSchema, OrdersListSchema } from '../../../shared/orders.js';
import { toOrder } from './orders.repo.js';
import { listOwnOrders, moveOrder, ownOrder } from './orders.service.js';

export const ordersHandlers = (ctx: AppContext): FeatureRoutes => ({
  routes: [
    route('orders:list', {
      schema: OrdersListSchema,
      run: (_i, { session }) => listOwnOrders(ctx, session),
    }),
    route('orders:get', {
      schema: OrderNumberSchema,
      run: ({ number }, { session }) => toOrder(ctx.db, ownOrder(ctx, session, number)),
    }),
    route('orders:cancel', {
      schema: OrderNumberSchema,
      run: ({ number }, { session }) =>
        moveOrder(ctx, ownOrder(ctx, session, number).id, 'cancelled', 'shopper', 'Cancelled by the shopper'),
    }),
  ],
});
