import { CheckoutSchema, type CheckoutInput } from '../../../../shared/checkout.js';
import { COUNTRIES, SHIPPING_METHODS, type Country, type ShippingMethod } from '../../../../shared/shipping.js';
import type { FieldErrors } from '../../../../shared/field-errors.js';
import { fieldMessage } from '../../lib/errors.js';

/**
 * The checkout form's fields, in the order they appear. Each is named by its dotted path in
 * the `checkout:place` payload, the key the server's `fields` use too, so one name ties a
 * control, its client-side error and the server's error together.
 */
export const CHECKOUT_FIELDS = [
  'email',
  'phone',
  'address.country',
  'address.name',
  'address.line1',
  'address.line2',
  'address.city',
  'address.region',
  'address.postalCode',
  'shippingMethod',
  'card.number',
  'card.expiry',
  'card.cvc',
  'card.name',
] as const;
export type CheckoutField = (typeof CHECKOUT_FIELDS)[number];
export type CheckoutValues = Record<CheckoutField, string>;

/** What the shopper fills in; the attempt's key and the cart version are added when it is sent. */
export const CheckoutDetailsSchema = CheckoutSchema.omit({ idempotencyKey: true, cartVersion: true });
export type CheckoutDetails = Omit<CheckoutInput, 'idempotencyKey' | 'cartVersion'>;

export const isCheckoutField = (name: string): name is CheckoutField =>
  (CHECKOUT_FIELDS as readonly string[]).includes(name);
export const isCountry = (value: string): value is Country => (COUNTRIES as readonly string[]).includes(value);
export const isShippingMethod = (value: string): value is ShippingMethod =>
  (SHIPPING_METHODS as readonly string[]).includes(value);

/** A fixed element id per field, so the error summary can link to it. */
export const fieldId = (field: CheckoutField) => `checkout-${field.replace('.', '-')}`;

export function emptyCheckoutValues(): CheckoutValues {
  const values = Object.fromEntries(CHECKOUT_FIELDS.map((f) => [f, ''])) as CheckoutValues;
  return { ...values, 'address.country': 'US', shippingMethod: 'standard' };
}

/** The form's strings in the payload's nested shape. */
export function toCheckoutDetails(v: CheckoutValues): CheckoutDetails {
  return {
    email: v.email,
    phone: v.phone,
    address: {
      name: v['address.name'],
      line1: v['address.line1'],
      line2: v['address.line2'],
      city: v['address.city'],
      region: v['address.region'],
      postalCode: v['address.postalCode'],
      country: v['address.country'] as Country,
    },
    shippingMethod: v.shippingMethod as ShippingMethod,
    card: { number: v['card.number'], expiry: v['card.expiry'], cvc: v['card.cvc'], name: v['card.name'] },
  };
}

/**
 * Split an error's `fields` into those the form shows beside a control and the rest (a stale
 * cart version, say), which can only be said at the top of the form, each as its words.
 */
export function splitFieldErrors(fields: FieldErrors | undefined): {
  known: Partial<Record<CheckoutField, string>>;
  other: string[];
} {
  const known: Partial<Record<CheckoutField, string>> = {};
  const other: string[] = [];
  for (const [name, issue] of Object.entries(fields ?? {})) {
    if (isCheckoutField(name)) known[name] ??= fieldMessage(name, issue);
    else other.push(fieldMessage(name, issue));
  }
  return { known, other };
}

/** The errors in the order of the form, for the summary at its top. */
export const errorsInFormOrder = (errors: Partial<Record<CheckoutField, string>>) =>
  CHECKOUT_FIELDS.flatMap((field) => (errors[field] ? [{ field, message: errors[field] }] : []));

/**
 * The expiry as typed, shaped to MM/YY: phone number pads have no "/", so the slash comes by
 * itself after the month ("1230" → "12/30"), and a typed one is kept in its place.
 */
export function formatExpiry(raw: string): string {
  const digits = raw.replace(/\D/g, '').slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}
