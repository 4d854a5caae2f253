/** The baselines' stand-in for a cart: a tiny object in memory whose version grows per change. */
export interface TinyCart {
  version: number;
  lines: { variantId: number; quantity: number }[];
}

export function createTinyCarts() {
  const carts = new Map<string, TinyCart>();
  return {
    /** Apply a change to the group's cart: set the one line's quantity and bump the version. */
    apply(group: string, change: unknown): TinyCart | null {
      const { variantId, quantity } = (change ?? {}) as { variantId?: unknown; quantity?: unknown };
      if (typeof variantId !== 'number' || typeof quantity !== 'number') return null;
      const cart = carts.get(group) ?? { version: 0, lines: [] };
      cart.version += 1;
      cart.lines = [{ variantId, quantity }];
      carts.set(group, cart);
      return cart;
    },
  };
}
