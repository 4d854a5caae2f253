import { z } from 'zod';
import { AddressSchema, PhoneSchema, type Address } from './checkout.js';
import { fieldRule } from './field-errors.js';

/**
 * A signed-in shopper's saved delivery addresses (docs/SPEC.md §15, [BOOK1]–[BOOK9]). The address
 * itself follows the checkout's rules (postal codes per country, normalised), so what is saved
 * can always be sent to `checkout:place` as it is.
 */
export const MAX_SAVED_ADDRESSES = 20;

/** Optional here (blank is kept as ''), but when given it follows the checkout's phone rule. */
export const SavedPhoneSchema = z
  .string()
  .trim()
  .refine((phone) => phone === '' || PhoneSchema.safeParse(phone).success, fieldRule('invalid_format'))
  .default('');

const id = z.number().int().positive();

export const AddressListSchema = z.strictObject({});
export const AddressAddSchema = z.strictObject({
  address: AddressSchema,
  phone: SavedPhoneSchema,
  /** The first address becomes the default anyway. */
  makeDefault: z.boolean().default(false),
});
export type AddressAddInput = z.input<typeof AddressAddSchema>;
export const AddressUpdateSchema = z.strictObject({ id, address: AddressSchema, phone: SavedPhoneSchema });
export type AddressUpdateInput = z.input<typeof AddressUpdateSchema>;
/** `addresses:delete` and `addresses:set-default`. */
export const AddressIdSchema = z.strictObject({ id });

export interface SavedAddress extends Address {
  id: number;
  phone: string;
  isDefault: boolean;
  /** ISO time of the last edit or use at checkout. */
  updatedAt: string;
}

/**
 * The whole address book, default first, then the most recently edited or used: every request
 * is answered with it, and every change is pushed as `addresses:changed` with it (it is small).
 */
export type AddressBook = SavedAddress[];

/** The address fields alone, to compare a saved address with what a form holds. */
export const addressOf = ({ name, line1, line2, city, region, postalCode, country }: Address): Address => ({
  name,
  line1,
  line2,
  city,
  region,
  postalCode,
  country,
});

export const sameAddress = (a: Address, b: Address): boolean =>
  JSON.stringify(addressOf(a)) === JSON.stringify(addressOf(b));
