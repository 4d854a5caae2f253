import { z } from 'zod';
import { EmailSchema } from './auth.js';
import { DiscountCodeTextSchema } from './discounts.js';
import { fieldRule } from './field-errors.js';
import { COUNTRIES, SHIPPING_METHODS, type Country } from './shipping.js';

/**
 * The checkout form's rules, used by the client to show errors beside each field and by the
 * server to refuse anything else. Postal codes follow each country's format (the original shop
 * took only US ZIPs and crashed on longer ones) and are normalised (upper case, one space).
 */
export const POSTAL_CODE_RULES: Record<Country, { pattern: RegExp; example: string }> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '94107 or 94107-1234' },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$/, example: 'K1A 0B1' },
  GB: { pattern: /^([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|GIR 0AA)$/, example: 'SW1A 1AA' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  FR: { pattern: /^\d{5}$/, example: '75008' },
};

/** Upper case, single spaces, and the space CA and GB codes have before their last three characters. */
export function normalisePostalCode(country: Country, raw: string): string {
  const compact = raw.toUpperCase().replace(/\s+/g, '');
  return country === 'CA' || country === 'GB' ? `${compact.slice(0, -3)} ${compact.slice(-3)}`.trim() : compact;
}

const text = (max: number) => z.string().trim().min(1).max(max);

/** A phone number as shoppers type it, for the courier (saved addresses keep one too). */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{7,20}$/);

export const AddressSchema = z
  .strictObject({
    name: text(80),
    line1: text(120),
    line2: z.string().trim().max(120).default(''),
    city: text(80),
    region: z.string().trim().max(40).default(''),
    postalCode: z.string().max(12),
    country: z.enum(COUNTRIES),
  })
  // Runs even when other address fields are wrong, so an empty form shows every error at once;
  // it needs an object (an issue at the root other than an unknown key means there is none)
  // with a known country and string postal code and region to judge them.
  .superRefine(
    (a, ctx) => {
      const rule = POSTAL_CODE_RULES[a.country];
      if (!rule.pattern.test(normalisePostalCode(a.country, a.postalCode))) {
        ctx.addIssue({
          code: 'custom',
          path: ['postalCode'],
          ...fieldRule('postal_code', { country: a.country, example: rule.example }),
        });
      }
      if ((a.country === 'US' || a.country === 'CA') && !/^[A-Z]{2}$/i.test(a.region)) {
        ctx.addIssue({ code: 'custom', path: ['region'], ...fieldRule('region_letters', { country: a.country }) });
      }
    },
    {
      when: (payload) =>
        payload.issues.every((i) =>
          i.path?.length
            ? !['country', 'postalCode', 'region'].includes(String(i.path[0]))
            : i.code === 'unrecognized_keys',
        ),
    },
  )
  .transform((a) => ({ ...a, postalCode: normalisePostalCode(a.country, a.postalCode) }));
export type AddressInput = z.input<typeof AddressSchema>;
export type Address = z.output<typeof AddressSchema>;

export const CardSchema = z.strictObject({
  number: z
    .string()
    .transform((s) => s.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{12,19}$/)),
  expiry: z
    .string()
    .trim()
    .regex(/^(0[1-9]|1[0-2]) ?\/ ?\d{2}$/)
    .transform((s) => {
      const [month, year] = s.split('/').map((p) => Number(p.trim()));
      return { month: month!, year: 2000 + year! };
    }),
  cvc: z
    .string()
    .trim()
    .regex(/^\d{3,4}$/),
  name: text(80),
});

export const CheckoutSchema = z.strictObject({
  /** Made by the client per attempt and reused on every retry of that attempt. */
  idempotencyKey: z.uuid(),
  /** The cart version the shopper reviewed: a cart that changed since is a conflict, not a surprise charge. */
  cartVersion: z.number().int().min(1),
  email: EmailSchema,
  phone: PhoneSchema,
  address: AddressSchema,
  shippingMethod: z.enum(SHIPPING_METHODS),
  card: CardSchema,
  /** A code the shopper applied; the server checks it again and prices the order itself. */
  discountCode: DiscountCodeTextSchema.optional(),
  /** A signed-in shopper's "Save this address to my account": saved with the order, in its transaction. */
  saveAddress: z.strictObject({ makeDefault: z.boolean() }).optional(),
});
export type CheckoutInput = z.input<typeof CheckoutSchema>;
export type CheckoutRequest = z.output<typeof CheckoutSchema>;
