import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { cartLines } from '../../db/schema.js';
import { QUANTITY_MAX } from '../../../shared/catalog-constants.js';
import type { SignInChange, SignInOutcome } from '../../ports.js';
import {
  bumpVersion,
  deleteCart,
  ensureCartId,
  findCartId,
  lineQuantity,
  putLine,
  readCart,
  variantStock,
} from './cart.repo.js';
import { cartRoom } from './cart.service.js';

/**
 * Sign-in hook: the guest's cart moves into the user's. Quantities add up, capped by the
 * per-line limit and today's stock; the guest cart is then deleted. Runs in the sign-in
 * transaction; the user's other devices are told after it commits.
 */
export function mergeGuestCart(ctx: AppContext) {
  return (db: DbLike, change: SignInChange): SignInOutcome | undefined => {
    if (change.fromUserId !== null || change.fromSessionId === null) return;
    const guestCart = findCartId(db, { sessionId: change.fromSessionId });
    if (!guestCart) return;
    const lines = db.select().from(cartLines).where(eq(cartLines.cartId, guestCart.id)).all();
    deleteCart(db, guestCart.id);
    if (lines.length === 0) return;

    const owner = { userId: change.userId };
    const now = ctx.now();
    const cartId = ensureCartId(db, owner, now);
    let items = 0;
    let capped = 0;
    for (const line of lines) {
      const had = lineQuantity(db, cartId, line.variantId);
      const limit = Math.min(QUANTITY_MAX, variantStock(db, line.variantId) ?? 0);
      const merged = Math.min(had + line.quantity, limit);
      if (merged < had + line.quantity) capped++;
      if (merged > had) {
        putLine(db, cartId, line.variantId, merged, now);
        items += merged - had;
      }
    }
    if (items === 0 && capped === 0) return;
    bumpVersion(db, cartId, now);
    const cart = readCart(db, owner);
    return {
      notice: { code: 'cart_merged', items, capped },
      afterCommit: () => ctx.publish(cartRoom(owner), 'cart:updated', cart),
    };
  };
}

/** The data export's cart section: what is in the user's cart now. */
export function registerCartExport(ctx: AppContext): void {
  ctx.hooks.exportUser.push({
    section: 'cart',
    collect: (db, userId) =>
      readCart(db, { userId }).lines.map((l) => ({
        sku: l.sku,
        name: l.name,
        colour: l.colourName,
        quantity: l.quantity,
        unitPriceCents: l.unitPriceCents,
      })),
  });
}
