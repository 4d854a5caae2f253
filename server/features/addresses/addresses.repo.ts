import { and, count, desc, eq } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { addresses } from '../../db/schema.js';
import type { AddressBook, SavedAddress } from '../../../shared/addresses.js';
import type { Address } from '../../../shared/checkout.js';

type AddressRow = typeof addresses.$inferSelect;

/** What an address row holds besides its owner and times. */
export interface AddressValues {
  address: Address;
  phone: string;
}

export const toSavedAddress = (row: AddressRow): SavedAddress => ({
  id: row.id,
  name: row.name,
  line1: row.line1,
  line2: row.line2,
  city: row.city,
  region: row.region,
  postalCode: row.postalCode,
  country: row.country,
  phone: row.phone,
  isDefault: row.isDefault,
  updatedAt: new Date(row.updatedAt).toISOString(),
});

/** The book in the order it is shown: the default first, then the most recently edited or used. */
export function readAddressBook(db: DbLike, userId: number): AddressBook {
  return db
    .select()
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(desc(addresses.isDefault), desc(addresses.updatedAt), desc(addresses.id))
    .all()
    .map(toSavedAddress);
}

export const countAddresses = (db: DbLike, userId: number): number =>
  db.select({ n: count() }).from(addresses).where(eq(addresses.userId, userId)).get()!.n;

/** Only ever by owner and id together: another user's id finds nothing. */
const own = (userId: number, id: number) => and(eq(addresses.userId, userId), eq(addresses.id, id));

export const findOwnAddress = (db: DbLike, userId: number, id: number): AddressRow | undefined =>
  db.select().from(addresses).where(own(userId, id)).get();

export function insertAddress(db: DbLike, userId: number, values: AddressValues, now: number): number {
  return db
    .insert(addresses)
    .values({ userId, ...values.address, phone: values.phone, createdAt: now, updatedAt: now })
    .returning({ id: addresses.id })
    .get().id;
}

/** False when the user has no address with this id. */
export function updateAddress(db: DbLike, userId: number, id: number, values: AddressValues, now: number): boolean {
  const res = db
    .update(addresses)
    .set({ ...values.address, phone: values.phone, updatedAt: now })
    .where(own(userId, id))
    .run();
  return res.changes === 1;
}

export const touchAddress = (db: DbLike, userId: number, id: number, now: number): void =>
  void db.update(addresses).set({ updatedAt: now }).where(own(userId, id)).run();

/** The deleted row, or undefined when the user has no address with this id. */
export const deleteAddress = (db: DbLike, userId: number, id: number): AddressRow | undefined =>
  db.delete(addresses).where(own(userId, id)).returning().get();

/**
 * Clear the old default, then set the new one, in the caller's transaction: the partial unique
 * index `addresses_one_default` refuses a second default, so the order matters. False (and
 * nothing to keep: the caller's transaction rolls back) when the id is not the user's.
 */
export function setDefaultAddress(db: DbLike, userId: number, id: number): boolean {
  db.update(addresses)
    .set({ isDefault: false })
    .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true)))
    .run();
  return db.update(addresses).set({ isDefault: true }).where(own(userId, id)).run().changes === 1;
}

/** The most recently edited or used address, to become the default after the default was deleted. */
export const latestAddressId = (db: DbLike, userId: number): number | undefined =>
  db
    .select({ id: addresses.id })
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(desc(addresses.updatedAt), desc(addresses.id))
    .limit(1)
    .get()?.id;
