import { z } from 'zod';
import type { Address } from './checkout.js';
import type { OrderActor, OrderStatus } from './order-status.js';
import type { ShippingMethod } from './shipping.js';

export interface OrderLine {
  productSlug: string;
  sku: string;
  name: string;
  colourName: string;
  storageGb: number | null;
  image: string;
  unitPriceCents: number;
  quantity: number;
}

export interface OrderEvent {
  status: OrderStatus;
  actor: OrderActor;
  note: string;
  at: string;
  /** Actor staff: the staff member's first name ("Sam from VisionX"). */
  by?: string;
}

/** An order as its shopper sees it; `version` grows with every status change. */
export interface Order {
  number: string;
  status: OrderStatus;
  version: number;
  createdAt: string;
  email: string;
  phone: string;
  address: Address;
  shippingMethod: ShippingMethod;
  lines: OrderLine[];
  subtotalCents: number;
  /** The discount code applied, as stored, and what it took off the subtotal (0 without one). */
  discountCode: string | null;
  discountCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
  card: { brand: string; last4: string };
  events: OrderEvent[];
}

/** VX- and eight of the letters and digits that cannot be misread (no 0/O, 1/I/L). */
export const ORDER_NUMBER_PATTERN = /^VX-[2-9A-HJ-NP-Z]{8}$/;

export const OrderNumberSchema = z.strictObject({
  number: z.string().trim().toUpperCase().regex(ORDER_NUMBER_PATTERN),
});
export const OrdersListSchema = z.strictObject({});
