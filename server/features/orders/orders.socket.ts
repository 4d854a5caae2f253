import type { AppContext } from '../../context.js';
import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { OrderNumberSchema, OrdersListSchema } from '../../../shared/orders.js';
import { toOrder } from './orders.repo.js';
import { listOwnOrders, moveOrder, ownOrder } from './orders.service.js';

export const ordersHandlers =
  (ctx: AppContext): RegisterHandlers =>
  (socket, limiter) => {
    handle(ctx, limiter, socket, 'orders:list', {
      schema: OrdersListSchema,
      run: (_i, { session }) => listOwnOrders(ctx, session),
    });
    handle(ctx, limiter, socket, 'orders:get', {
      schema: OrderNumberSchema,
      run: ({ number }, { session }) => toOrder(ctx.db, ownOrder(ctx, session, number)),
    });
    handle(ctx, limiter, socket, 'orders:cancel', {
      schema: OrderNumberSchema,
      run: ({ number }, { session }) =>
        moveOrder(ctx, ownOrder(ctx, session, number).id, 'cancelled', 'shopper', 'Cancelled by the shopper'),
    });
  };
