import type { Cart, CartLine } from '../../../../shared/cart.js';

/** A change the shopper asked for, applied at once on screen while the server confirms it. */
export type CartChange =
  | { kind: 'add'; variantId: number; quantity: number; draft?: CartLine | undefined }
  | { kind: 'set-quantity'; variantId: number; quantity: number }
  | { kind: 'remove'; variantId: number }
  | { kind: 'empty' };

export const EMPTY_CART: Cart = {
  version: 0,
  lines: [],
  itemCount: 0,
  subtotalCents: 0,
  shippingCents: 0,
  freeShippingFromCents: 0,
  taxEstimateCents: 0,
  totalCents: 0,
};

function withQuantity(line: CartLine, quantity: number): CartLine {
  return { ...line, quantity, lineTotalCents: line.unitPriceCents * quantity };
}

function changeLines(lines: readonly CartLine[], change: CartChange): CartLine[] {
  switch (change.kind) {
    case 'empty':
      return [];
    case 'remove':
      return lines.filter((l) => l.variantId !== change.variantId);
    case 'set-quantity':
      return lines.map((l) => (l.variantId === change.variantId ? withQuantity(l, change.quantity) : l));
    case 'add': {
      const held = lines.find((l) => l.variantId === change.variantId);
      if (held) return lines.map((l) => (l === held ? withQuantity(l, l.quantity + change.quantity) : l));
      // Without the product's details (name, image) the new line waits for the server.
      return change.draft ? [...lines, withQuantity(change.draft, change.quantity)] : [...lines];
    }
  }
}

/**
 * The cart as it will look once `change` is confirmed. Only the lines and the item count move;
 * prices, shipping and tax are the server's to compute and follow with its answer. The version
 * stays the server's, so any confirmed cart that arrives later replaces this one.
 */
export function applyChange(cart: Cart, change: CartChange): Cart {
  const lines = changeLines(cart.lines, change);
  return { ...cart, lines, itemCount: lines.reduce((n, l) => n + l.quantity, 0) };
}

/** The server cart with the changes still waiting for their answer, in the order they were made. */
export function applyPending(cart: Cart, pending: readonly CartChange[]): Cart {
  return pending.reduce(applyChange, cart);
}

/** A confirmed cart replaces the held one only when it is newer: versions only grow. */
export function isNewer(held: Pick<Cart, 'version'> | null, incoming: Pick<Cart, 'version'>): boolean {
  return held === null || incoming.version > held.version;
}
