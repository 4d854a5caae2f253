import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { Cart } from '../../../shared/cart.js';
import { QUANTITY_MAX } from '../../../shared/catalog-constants.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import {
  bumpVersion,
  deleteAllLines,
  deleteLine,
  ensureCartId,
  lineQuantity,
  putLine,
  readCart,
  variantStock,
  type CartOwner,
} from './cart.repo.js';

export const cartOwnerOf = (session: LiveSession): CartOwner =>
  session.userId !== null ? { userId: session.userId } : { sessionId: session.id };

/** Every socket of the owner: a user's on all devices, or a guest session's tabs. */
export const cartRoom = (owner: CartOwner) =>
  'userId' in owner ? rooms.user(owner.userId) : rooms.session(owner.sessionId);

/** A change to one cart line; true when it changed something. */
export type CartMutation = (db: DbLike, cartId: number) => boolean;

/**
 * The change inside the caller's transaction: the version is bumped when something changed.
 * The caller publishes `cart:updated` after its commit (see changeCart).
 */
export function changeCartWithin(
  db: DbLike,
  owner: CartOwner,
  mutate: CartMutation,
  now: number,
): { cart: Cart; changed: boolean } {
  const cartId = ensureCartId(db, owner, now);
  const changed = mutate(db, cartId);
  if (changed) bumpVersion(db, cartId, now);
  return { cart: readCart(db, owner), changed };
}

/**
 * validate → persist → ack → notify: the mutation runs in one transaction; when it changed
 * something the version is bumped, and after the commit every socket of the owner is told.
 */
function changeCart(ctx: AppContext, owner: CartOwner, mutate: CartMutation): Cart {
  const now = ctx.now();
  const { cart, changed } = ctx.db.transaction((tx) => changeCartWithin(tx, owner, mutate, now));
  if (changed) ctx.publish(cartRoom(owner), 'cart:updated', cart);
  return cart;
}

/** The quantity a line may have: within the per-line limit and today's stock, or a clear conflict. */
function checkQuantity(db: DbLike, variantId: number, wanted: number): void {
  const stock = variantStock(db, variantId);
  if (stock === undefined) throw new AppError('not_found', 'option_not_found');
  if (wanted > QUANTITY_MAX) {
    throw new AppError('conflict', 'quantity_limit', {
      params: { max: QUANTITY_MAX },
      fields: { quantity: { code: 'too_big', maximum: QUANTITY_MAX } },
    });
  }
  if (wanted > stock) {
    if (stock === 0) throw new AppError('conflict', 'out_of_stock', { fields: { quantity: { code: 'out_of_stock' } } });
    throw new AppError('conflict', 'stock_limit', {
      params: { stock },
      fields: { quantity: { code: 'stock_limit', stock } },
    });
  }
}

export const readOwnCart = (ctx: AppContext, session: LiveSession) => readCart(ctx.db, cartOwnerOf(session));

/** The line changes, each checked against the per-line limit and today's stock. */
export const cartMutations = {
  add:
    (variantId: number, quantity: number, now: number): CartMutation =>
    (db, cartId) => {
      const wanted = lineQuantity(db, cartId, variantId) + quantity;
      checkQuantity(db, variantId, wanted);
      putLine(db, cartId, variantId, wanted, now);
      return true;
    },
  setQuantity:
    (variantId: number, quantity: number, now: number): CartMutation =>
    (db, cartId) => {
      const current = lineQuantity(db, cartId, variantId);
      if (current === 0) throw new AppError('not_found', 'not_in_cart');
      if (current === quantity) return false;
      // Lowering is always allowed, even below what is now in stock, so the shopper can fix a line.
      if (quantity > current) checkQuantity(db, variantId, quantity);
      putLine(db, cartId, variantId, quantity, now);
      return true;
    },
  remove:
    (variantId: number): CartMutation =>
    (db, cartId) =>
      deleteLine(db, cartId, variantId) > 0,
};

export function addToCart(ctx: AppContext, session: LiveSession, variantId: number, quantity: number): Cart {
  return changeCart(ctx, cartOwnerOf(session), cartMutations.add(variantId, quantity, ctx.now()));
}

export function setCartQuantity(ctx: AppContext, session: LiveSession, variantId: number, quantity: number): Cart {
  return changeCart(ctx, cartOwnerOf(session), cartMutations.setQuantity(variantId, quantity, ctx.now()));
}

export function removeFromCart(ctx: AppContext, session: LiveSession, variantId: number): Cart {
  return changeCart(ctx, cartOwnerOf(session), cartMutations.remove(variantId));
}

export function emptyCart(ctx: AppContext, session: LiveSession): Cart {
  return changeCart(ctx, cartOwnerOf(session), (db, cartId) => deleteAllLines(db, cartId) > 0);
}
