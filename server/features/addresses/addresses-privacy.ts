import type { AppContext } from '../../context.js';
import { readAddressBook } from './addresses.repo.js';

/**
 * [BOOK6] The data export's `addresses` section. Erasure needs no hook: the rows go with the
 * user by the foreign key's ON DELETE CASCADE (addresses-privacy.test.ts proves it).
 */
export function registerAddressExport(ctx: AppContext): void {
  ctx.hooks.exportUser.push({
    section: 'addresses',
    collect: (db, userId) => readAddressBook(db, userId).map(({ id: _id, ...address }) => address),
  });
}
