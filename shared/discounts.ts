import { z } from 'zod';

/**
 * Discount codes (docs/SPEC.md §17): staff create them, a shopper applies one at checkout. The
 * server decides what a code gives and recomputes every total (shared/checkout-totals.ts); what
 * the client shows is display only.
 */
export const DISCOUNT_KINDS = ['percent', 'amount'] as const;
export type DiscountKind = (typeof DISCOUNT_KINDS)[number];

/** The most an amount code may take off, and the most a minimum may ask ($100,000). */
export const DISCOUNT_MAX_CENTS = 10_000_000;
export const DISCOUNT_MAX_USES = 1_000_000;

/**
 * What a shopper types: any short text, upper-cased. One that could never be a code (spaces,
 * punctuation) is simply unknown, so the field says "no such code" instead of a format rule.
 */
export const DiscountCodeTextSchema = z.string().trim().toUpperCase().min(1).max(64);

/** A code as staff create it: 3–32 of A–Z, 0–9 and "-", stored upper-case. */
const NewCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(3)
  .max(32)
  .regex(/^[A-Z0-9-]+$/);

const common = {
  code: NewCodeSchema,
  /** The merchandise subtotal (before the discount) the cart must reach. */
  minOrderCents: z.number().int().min(0).max(DISCOUNT_MAX_CENTS).default(0),
  /** Epoch ms after which the code no longer applies; the desk sends the end of the chosen day. */
  expiresAt: z.number().int().positive().nullable().default(null),
  usageLimit: z.number().int().min(1).max(DISCOUNT_MAX_USES).nullable().default(null),
};

export const DiscountCreateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), value: z.number().int().min(1).max(100), ...common }),
  z.strictObject({ kind: z.literal('amount'), value: z.number().int().min(1).max(DISCOUNT_MAX_CENTS), ...common }),
]);
export type DiscountCreateInput = z.input<typeof DiscountCreateSchema>;

export const DiscountRefSchema = z.strictObject({ code: NewCodeSchema });
export const DiscountCheckSchema = z.strictObject({ code: DiscountCodeTextSchema });
export const DiscountListSchema = z.strictObject({});
export type DiscountCheckInput = z.input<typeof DiscountCheckSchema>;

/** What a code gives, enough to price a cart with it (checkoutTotals). */
export interface DiscountTerms {
  code: string;
  kind: DiscountKind;
  /** Percent (1–100) or cents, by kind. */
  value: number;
}

/** The answer to `checkout:discount-check`: the terms and what they take off the cart as it is now. */
export interface DiscountQuote extends DiscountTerms {
  minOrderCents: number;
  discountCents: number;
  /** The cart the quote was made for; a cart of another version is checked again. */
  cartVersion: number;
}

/** A code as the desk lists it. Times are epoch ms. */
export interface StaffDiscount extends DiscountTerms {
  minOrderCents: number;
  expiresAt: number | null;
  usageLimit: number | null;
  usedCount: number;
  createdAt: number;
  createdBy: string | null;
  disabledAt: number | null;
}

/** Why a code does not apply, in the order they are checked; each is an error reason. */
export const DISCOUNT_REFUSALS = [
  'discount_unknown',
  'discount_disabled',
  'discount_expired',
  'discount_used_up',
  /** params: { minimum } in cents. */
  'discount_below_minimum',
] as const;
export type DiscountRefusal = (typeof DISCOUNT_REFUSALS)[number];
