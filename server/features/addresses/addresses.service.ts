import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import { MAX_SAVED_ADDRESSES, sameAddress, type AddressBook } from '../../../shared/addresses.js';
import type { CheckoutRequest } from '../../../shared/checkout.js';
import {
  countAddresses,
  deleteAddress,
  insertAddress,
  latestAddressId,
  readAddressBook,
  setDefaultAddress,
  updateAddress,
  type AddressValues,
} from './addresses.repo.js';

const notFound = () => new AppError('not_found', 'address_not_found');

/**
 * validate → persist → ack → notify (docs/ARCHITECTURE.md §12): each change is one BEGIN
 * IMMEDIATE transaction (the count before an insert holds across processes too), then the whole
 * book is pushed to every socket of the user and answered.
 */
function changeBook(ctx: AppContext, userId: number, change: (tx: DbLike, now: number) => void): AddressBook {
  const now = ctx.now();
  const book = ctx.db.transaction(
    (tx) => {
      change(tx, now);
      return readAddressBook(tx, userId);
    },
    { behavior: 'immediate' },
  );
  ctx.publish(rooms.user(userId), 'addresses:changed', book);
  return book;
}

export const listAddresses = (ctx: AppContext, userId: number): AddressBook => readAddressBook(ctx.db, userId);

/** [BOOK2] at most MAX_SAVED_ADDRESSES; [BOOK3] the first one is the default. */
function addWithin(tx: DbLike, userId: number, values: AddressValues, makeDefault: boolean, now: number): number {
  const held = countAddresses(tx, userId);
  if (held >= MAX_SAVED_ADDRESSES)
    throw new AppError('conflict', 'address_book_full', { params: { maximum: MAX_SAVED_ADDRESSES } });
  const id = insertAddress(tx, userId, values, now);
  if (makeDefault || held === 0) setDefaultAddress(tx, userId, id);
  return id;
}

export const addAddress = (ctx: AppContext, userId: number, values: AddressValues, makeDefault: boolean) =>
  changeBook(ctx, userId, (tx, now) => void addWithin(tx, userId, values, makeDefault, now));

export const editAddress = (ctx: AppContext, userId: number, id: number, values: AddressValues) =>
  changeBook(ctx, userId, (tx, now) => {
    if (!updateAddress(tx, userId, id, values, now)) throw notFound();
  });

/** [BOOK4] deleting the default makes the most recently edited or used one the default (or none is left). */
export const removeAddress = (ctx: AppContext, userId: number, id: number) =>
  changeBook(ctx, userId, (tx) => {
    const gone = deleteAddress(tx, userId, id);
    if (!gone) throw notFound();
    const next = gone.isDefault ? latestAddressId(tx, userId) : undefined;
    if (next !== undefined) setDefaultAddress(tx, userId, next);
  });

/** [BOOK5] one transaction: the old default is cleared, then the new one set. */
export const makeDefaultAddress = (ctx: AppContext, userId: number, id: number) =>
  changeBook(ctx, userId, (tx) => {
    if (!setDefaultAddress(tx, userId, id)) throw notFound();
  });

/**
 * [BOOK8] "Save this address" at checkout, inside the order's transaction: a refused order saves
 * nothing. The same address already saved is touched (it was just used) instead of saved twice;
 * a full book saves nothing rather than fail an order that was paid for. Returns what to publish
 * after the commit, or null when nothing changed.
 */
export function saveCheckoutAddressWithin(
  ctx: AppContext,
  tx: DbLike,
  userId: number | null,
  { address, phone, saveAddress }: Pick<CheckoutRequest, 'address' | 'phone' | 'saveAddress'>,
  now: number,
): (() => void) | null {
  // A guest has no book to save to; the checkout never offers it to one.
  if (!saveAddress || userId === null) return null;
  const { makeDefault } = saveAddress;
  const values = { address, phone };
  const book = readAddressBook(tx, userId);
  const same = book.find((a) => sameAddress(a, values.address));
  if (same) {
    updateAddress(tx, userId, same.id, { address: values.address, phone: values.phone || same.phone }, now);
    if (makeDefault) setDefaultAddress(tx, userId, same.id);
  } else if (book.length >= MAX_SAVED_ADDRESSES) {
    return null;
  } else {
    addWithin(tx, userId, values, makeDefault, now);
  }
  const after = readAddressBook(tx, userId);
  return () => ctx.publish(rooms.user(userId), 'addresses:changed', after);
}
