import { z } from 'zod';
import { QUANTITY_MAX } from './catalog-constants.js';

/** Cart requests and the cart as the server sends it (docs/ARCHITECTURE.md §4). */
const variantId = z.number().int().positive();
const quantity = z.number().int().min(1).max(QUANTITY_MAX);

export const CartAddSchema = z.strictObject({ variantId, quantity: quantity.default(1) });
export type CartAddInput = z.input<typeof CartAddSchema>;
export const CartSetQuantitySchema = z.strictObject({ variantId, quantity });
export type CartSetQuantityInput = z.input<typeof CartSetQuantitySchema>;
export const CartRemoveSchema = z.strictObject({ variantId });
export const CartEmptySchema = z.strictObject({});

export interface CartLine {
  variantId: number;
  productId: number;
  slug: string;
  name: string;
  sku: string;
  colour: string;
  colourName: string;
  storageGb: number | null;
  image: string;
  /** Today's catalog price, never the client's. */
  unitPriceCents: number;
  quantity: number;
  /** What is left in stock now, so the page can say "only 2 left". */
  stock: number;
  lineTotalCents: number;
}

export interface Cart extends CartTotals {
  /** Grows with every change; a push with a lower version than the one shown is stale. */
  version: number;
  lines: CartLine[];
}

export interface CartTotals {
  itemCount: number;
  subtotalCents: number;
  /** Standard US shipping, free from the threshold (shipping policy). */
  shippingCents: number;
  freeShippingFromCents: number;
  /** An estimate; the final tax depends on the address given at checkout. */
  taxEstimateCents: number;
  totalCents: number;
}
