import type { AppContext } from '../../context.js';
import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { CartAddSchema, CartEmptySchema, CartRemoveSchema, CartSetQuantitySchema } from '../../../shared/cart.js';
import { addToCart, emptyCart, readOwnCart, removeFromCart, setCartQuantity } from './cart.service.js';

/** Guests and signed-in shoppers alike have a cart; identity comes from the session only. */
export const cartHandlers =
  (ctx: AppContext): RegisterHandlers =>
  (socket, limiter) => {
    handle(ctx, limiter, socket, 'cart:get', {
      schema: CartEmptySchema,
      run: (_i, { session }) => readOwnCart(ctx, session),
    });
    handle(ctx, limiter, socket, 'cart:add', {
      schema: CartAddSchema,
      run: ({ variantId, quantity }, { session }) => addToCart(ctx, session, variantId, quantity),
    });
    handle(ctx, limiter, socket, 'cart:set-quantity', {
      schema: CartSetQuantitySchema,
      run: ({ variantId, quantity }, { session }) => setCartQuantity(ctx, session, variantId, quantity),
    });
    handle(ctx, limiter, socket, 'cart:remove', {
      schema: CartRemoveSchema,
      run: ({ variantId }, { session }) => removeFromCart(ctx, session, variantId),
    });
    handle(ctx, limiter, socket, 'cart:empty', {
      schema: CartEmptySchema,
      run: (_i, { session }) => emptyCart(ctx, session),
    });
  };
