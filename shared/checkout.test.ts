import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AddressSchema, CardSchema, CheckoutSchema, normalisePostalCode } from './checkout.js';
import { shippingCents } from './shipping.js';

const address = (country: string, postalCode: string, region = '') => ({
  name: 'Ada',
  line1: '1 Main St',
  city: 'Town',
  region,
  postalCode,
  country,
});

const postal: [string, string, string, string | null][] = [
  // country, typed, region, stored (null = refused)
  ['US', '94107', 'CA', '94107'],
  ['US', '94107-1234', 'CA', '94107-1234'],
  ['US', '9410', 'CA', null],
  ['US', '941071234567', 'CA', null], // the original crashed on long codes
  ['CA', 'k1a0b1', 'ON', 'K1A 0B1'],
  ['CA', 'K1A 0B1', 'ON', 'K1A 0B1'],
  ['CA', 'D1A 0B1', 'ON', null], // D is never a first letter
  ['GB', 'sw1a1aa', '', 'SW1A 1AA'],
  ['GB', 'M1 1AE', '', 'M1 1AE'],
  ['GB', '12345', '', null],
  ['DE', '10115', '', '10115'],
  ['DE', '1011', '', null],
  ['FR', '75008', '', '75008'],
  ['FR', 'AB123', '', null],
];
for (const [country, typed, region, stored] of postal) {
  test(`${country} postal code "${typed}" → ${stored ?? 'refused'}`, () => {
    const res = AddressSchema.safeParse(address(country, typed, region));
    if (stored === null) {
      assert.is(res.success, false);
      assert.equal(
        res.error!.issues.map((i) => i.path.join('.')),
        ['postalCode'],
      );
    } else {
      assert.is(res.success && res.data.postalCode, stored);
    }
  });
}

test('US and CA need a two-letter state or province', () => {
  const res = AddressSchema.safeParse(address('US', '94107', 'California'));
  assert.equal(
    res.error?.issues.map((i) => i.path.join('.')),
    ['region'],
  );
  assert.ok(AddressSchema.safeParse(address('GB', 'SW1A 1AA')).success, 'not needed elsewhere');
});

test('an empty address names every missing field at once, the postal code and state included', () => {
  const res = AddressSchema.safeParse({ name: '', line1: '', city: '', region: '', postalCode: '', country: 'US' });
  assert.equal(res.error?.issues.map((i) => i.path.join('.')).sort(), [
    'city',
    'line1',
    'name',
    'postalCode',
    'region',
  ]);
});

test('without a known country the postal code is not judged', () => {
  const res = AddressSchema.safeParse({ name: 'Ada', line1: '1 Main St', city: 'Town', postalCode: '??', country: '' });
  assert.equal(
    res.error?.issues.map((i) => i.path.join('.')),
    ['country'],
  );
});

for (const notAnObject of [undefined, null, 'Main St 1', 42, [], [address('US', '94107', 'CA')]]) {
  test(`an address that is ${JSON.stringify(notAnObject) ?? 'missing'} is refused as one field, without judging the postal code`, () => {
    const res = AddressSchema.safeParse(notAnObject);
    assert.equal(
      res.error?.issues.map((i) => i.path.join('.')),
      [''],
    );
  });
}

test('an unknown address field is named, and the postal code is still judged', () => {
  const res = AddressSchema.safeParse({ ...address('US', '941', 'CA'), note: 'ring twice' });
  assert.equal(res.error?.issues.map((i) => i.path.join('.')).sort(), ['', 'postalCode']);
});

test('an empty checkout names every field, the address as one', () => {
  const res = CheckoutSchema.safeParse({});
  const want = ['address', 'card', 'cartVersion', 'email', 'idempotencyKey', 'phone', 'shippingMethod'];
  assert.equal(res.error?.issues.map((i) => i.path.join('.')).sort(), want);
});

test('an unshipped country is refused', () => {
  assert.is(AddressSchema.safeParse(address('ES', '28001')).success, false);
});

test('normalisePostalCode', () => {
  assert.equal([normalisePostalCode('GB', ' ec1a  1bb '), normalisePostalCode('US', ' 10001 ')], ['EC1A 1BB', '10001']);
});

const cards: [object, boolean][] = [
  [{ number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123', name: 'Ada L' }, true],
  [{ number: '4242-4242-4242-4242', expiry: '01 / 31', cvc: '1234', name: 'Ada L' }, true],
  [{ number: '4242', expiry: '12/30', cvc: '123', name: 'Ada L' }, false],
  [{ number: '4242424242424242', expiry: '13/30', cvc: '123', name: 'Ada L' }, false],
  [{ number: '4242424242424242', expiry: '12/30', cvc: '12', name: 'Ada L' }, false],
  [{ number: '4242424242424242', expiry: '12/30', cvc: '123', name: '' }, false],
];
for (const [card, ok] of cards)
  test(`card ${JSON.stringify(card)} → ${ok}`, () => assert.is(CardSchema.safeParse(card).success, ok));

test('the card expiry parses to month and full year', () => {
  assert.equal(CardSchema.parse({ number: '4242424242424242', expiry: '07/29', cvc: '123', name: 'A' }).expiry, {
    month: 7,
    year: 2029,
  });
});

test('checkout: unknown fields and a missing idempotency key are refused', () => {
  const good = {
    idempotencyKey: '6f1c1f7e-8a43-4d8e-9d2b-2c6b1b8f4a10',
    cartVersion: 3,
    email: 'Ada@Example.com',
    phone: '+1 415 555 0100',
    address: address('US', '94107', 'CA'),
    shippingMethod: 'standard',
    card: { number: '4242424242424242', expiry: '12/30', cvc: '123', name: 'Ada' },
  };
  assert.ok(CheckoutSchema.safeParse(good).success);
  assert.is(CheckoutSchema.parse(good).email, 'ada@example.com');
  assert.is(CheckoutSchema.safeParse({ ...good, totalCents: 1 }).success, false);
  assert.is(CheckoutSchema.safeParse({ ...good, idempotencyKey: 'abc' }).success, false);
});

const shipping: [Parameters<typeof shippingCents>, number][] = [
  [['US', 'standard', 0], 0],
  [['US', 'standard', 9899], 595],
  [['US', 'standard', 9900], 0],
  [['US', 'express', 100000], 1495],
  [['CA', 'standard', 14899], 995],
  [['CA', 'standard', 14900], 0],
  [['GB', 'express', 5000], 1495],
  [['DE', 'standard', 11900], 0],
  [['FR', 'standard', 11899], 795],
];
for (const [args, want] of shipping)
  test(`shipping ${args.join(' ')} → ${want}`, () => assert.is(shippingCents(...args), want));

test.run();
