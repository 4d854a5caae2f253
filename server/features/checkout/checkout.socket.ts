import type { AppContext } from '../../context.js';
import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { CheckoutSchema } from '../../../shared/checkout.js';
import { placeOrder } from './checkout.service.js';

export const checkoutHandlers =
  (ctx: AppContext): RegisterHandlers =>
  (socket, limiter) => {
    handle(ctx, limiter, socket, 'checkout:place', {
      schema: CheckoutSchema,
      run: (input, { session }) => placeOrder(ctx, session, input),
    });
  };
