import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Address } from '../../../../shared/checkout.js';
import { addressLines, cardText, itemCount, statusLabel } from './order-format.js';

const address = (over: Partial<Address>): Address => ({
  name: 'Ada Lovelace',
  line1: '1 Market St',
  line2: '',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
  ...over,
});

const cases: { name: string; address: Address; lines: string[] }[] = [
  {
    name: 'US: city, state ZIP',
    address: address({}),
    lines: ['Ada Lovelace', '1 Market St', 'San Francisco, CA 94105', 'United States'],
  },
  {
    name: 'CA with a second line',
    address: address({ line2: 'Unit 4', city: 'Ottawa', region: 'ON', postalCode: 'K1A 0B1', country: 'CA' }),
    lines: ['Ada Lovelace', '1 Market St', 'Unit 4', 'Ottawa, ON K1A 0B1', 'Canada'],
  },
  {
    name: 'GB: the postcode on its own line',
    address: address({ city: 'London', region: '', postalCode: 'SW1A 1AA', country: 'GB' }),
    lines: ['Ada Lovelace', '1 Market St', 'London', 'SW1A 1AA', 'United Kingdom'],
  },
  {
    name: 'FR: postcode before the city',
    address: address({ city: 'Paris', region: '', postalCode: '75008', country: 'FR' }),
    lines: ['Ada Lovelace', '1 Market St', '75008 Paris', 'France'],
  },
];

for (const c of cases) {
  test(`addressLines: ${c.name}`, () => {
    assert.equal(addressLines(c.address), c.lines);
  });
}

test('cardText names known brands and falls back for others', () => {
  assert.is(cardText({ brand: 'visa', last4: '4242' }), 'Visa ending in 4242');
  assert.is(cardText({ brand: 'amex', last4: '0005' }), 'American Express ending in 0005');
  assert.is(cardText({ brand: 'diners', last4: '1234' }), 'Card ending in 1234');
});

test('itemCount adds quantities; statusLabel reads the dictionary', () => {
  assert.is(itemCount({ lines: [{ quantity: 2 }, { quantity: 3 }] as never }), 5);
  assert.is(statusLabel('cancelled'), 'Cancelled');
});

test.run();
