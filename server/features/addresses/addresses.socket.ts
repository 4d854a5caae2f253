import type { AppContext } from '../../context.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import {
  AddressAddSchema,
  AddressIdSchema,
  AddressListSchema,
  AddressUpdateSchema,
} from '../../../shared/addresses.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { addAddress, editAddress, listAddresses, makeDefaultAddress, removeAddress } from './addresses.service.js';

// `access: 'user'` has already refused a guest (`unauthorized`, sign_in_first).
const owner = (session: LiveSession) => session.userId!;

/**
 * [BOOK1] A signed-in person's address book: shoppers, and staff who shop with their account
 * like anyone signed in. A guest is told to sign in; ids are only ever looked up with the owner.
 */
export const addressHandlers = (ctx: AppContext): FeatureRoutes => ({
  routes: [
    route('addresses:list', {
      schema: AddressListSchema,
      access: 'user',
      run: (_i, { session }) => listAddresses(ctx, owner(session)),
    }),
    route('addresses:add', {
      schema: AddressAddSchema,
      access: 'user',
      run: ({ address, phone, makeDefault }, { session }) =>
        addAddress(ctx, owner(session), { address, phone }, makeDefault),
    }),
    route('addresses:update', {
      schema: AddressUpdateSchema,
      access: 'user',
      run: ({ id, address, phone }, { session }) => editAddress(ctx, owner(session), id, { address, phone }),
    }),
    route('addresses:delete', {
      schema: AddressIdSchema,
      access: 'user',
      run: ({ id }, { session }) => removeAddress(ctx, owner(session), id),
    }),
    route('addresses:set-default', {
      schema: AddressIdSchema,
      access: 'user',
      run: ({ id }, { session }) => makeDefaultAddress(ctx, owner(session), id),
    }),
  ],
});
