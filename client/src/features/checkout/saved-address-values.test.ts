import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { SavedAddress } from '../../../../shared/addresses.js';
import { emptyCheckoutValues } from './checkout-fields.js';
import { holds, valuesOf } from './saved-address-values.js';

const HOME: SavedAddress = {
  id: 7,
  name: 'Robin Vega',
  line1: '500 Howard St',
  line2: '',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
  phone: '+1 415 555 0100',
  isDefault: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const filled = () => ({ ...emptyCheckoutValues(), ...valuesOf(HOME), email: 'robin@example.com' });

test('[BOOK9] a saved address fills every address field and nothing else', () => {
  assert.equal(Object.keys(valuesOf(HOME)).sort(), [
    'address.city',
    'address.country',
    'address.line1',
    'address.line2',
    'address.name',
    'address.postalCode',
    'address.region',
  ]);
  assert.is(filled()['address.postalCode'], '94105');
});

test('[BOOK9] the form holds the saved address until an address field is edited (spaces around do not count)', () => {
  assert.ok(holds(filled(), HOME));
  assert.ok(holds({ ...filled(), 'address.city': ' San Francisco ' }, HOME));
  assert.ok(holds({ ...filled(), phone: '+1 555 0000', 'card.name': 'R' }, HOME), 'other fields are not the address');
  assert.not.ok(holds({ ...filled(), 'address.line1': '501 Howard St' }, HOME));
  assert.not.ok(holds({ ...filled(), 'address.line2': 'Floor 3' }, HOME));
  assert.not.ok(holds({ ...filled(), 'address.country': 'CA' }, HOME));
  assert.not.ok(holds(emptyCheckoutValues(), HOME));
});

test.run();
