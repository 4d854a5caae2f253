import type { AppContext } from '../../context.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import { CartAddSchema, CartEmptySchema, CartRemoveSchema, CartSetQuantitySchema } from '../../../shared/cart.js';
import { addToCart, emptyCart, readOwnCart, removeFromCart, setCartQuantity } from './cart.service.js';

/** Guests and signed-in shoppers alike have a cart; identity comes from the session only. */
export const cartHandlers = (ctx: AppContext): FeatureRoutes => ({
  routes: [
    route('cart:get', {
      schema: CartEmptySchema,
      run: (_i, { session }) => readOwnCart(ctx, session),
    }),
    route('cart:add', {
      schema: CartAddSchema,
      run: ({ variantId, quantity }, { session }) => addToCart(ctx, session, variantId, quantity),
    }),
    route('cart:set-quantity', {
      schema: CartSetQuantitySchema,
      run: ({ variantId, quantity }, { session }) => setCartQuantity(ctx, session, variantId, quantity),
    }),
    route('cart:remove', {
      schema: CartRemoveSchema,
      run: ({ variantId }, { session }) => removeFromCart(ctx, session, variantId),
    }),
    route('cart:empty', {
      schema: CartEmptySchema,
      run: (_i, { session }) => emptyCart(ctx, session),
    }),
  ],
});
