import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CheckoutSchema } from '../../../../shared/checkout.js';
import { fieldErrorsOf } from '../../../../shared/field-errors.js';
import {
  CHECKOUT_FIELDS,
  CheckoutDetailsSchema,
  emptyCheckoutValues,
  errorsInFormOrder,
  fieldId,
  formatExpiry,
  splitFieldErrors,
  toCheckoutDetails,
  type CheckoutValues,
} from './checkout-fields.js';

const filled: CheckoutValues = {
  email: 'Ada@Example.com',
  phone: '+1 415 555 0100',
  'address.name': 'Ada Lovelace',
  'address.line1': '1 Market St',
  'address.line2': '',
  'address.city': 'San Francisco',
  'address.region': 'CA',
  'address.postalCode': '94105',
  'address.country': 'US',
  shippingMethod: 'express',
  'card.number': '4242 4242 4242 4242',
  'card.expiry': '12/30',
  'card.cvc': '123',
  'card.name': 'Ada Lovelace',
};

const errorsOf = (values: CheckoutValues) => {
  const parsed = CheckoutDetailsSchema.safeParse(toCheckoutDetails(values));
  return parsed.success ? {} : splitFieldErrors(fieldErrorsOf(parsed.error)).known;
};

test('an empty form: every required field is named by its payload path, in one pass', () => {
  const errors = errorsOf(emptyCheckoutValues());
  assert.equal(Object.keys(errors).sort(), [
    'address.city',
    'address.line1',
    'address.name',
    'address.postalCode',
    'address.region',
    'card.cvc',
    'card.expiry',
    'card.name',
    'card.number',
    'email',
    'phone',
  ]);
  assert.is(errors['address.postalCode'], 'Enter a postal code like 94107 or 94107-1234.');
  assert.is(errors['card.expiry'], 'Enter the expiry as MM/YY.');
});

test('a filled form passes, and with a key and cart version it is what the server accepts', () => {
  assert.equal(errorsOf(filled), {});
  const input = {
    ...toCheckoutDetails(filled),
    idempotencyKey: '6f1c1f7e-8a43-4d8e-9d2b-2c6b1b8f4a10',
    cartVersion: 4,
  };
  const parsed = CheckoutSchema.parse(input);
  assert.equal(
    [parsed.email, parsed.address.country, parsed.shippingMethod, parsed.card.number],
    ['ada@example.com', 'US', 'express', '4242424242424242'],
  );
});

test('a bad Canadian postal code is an error on that field alone', () => {
  const errors = errorsOf({
    ...filled,
    'address.country': 'CA',
    'address.region': 'ON',
    'address.postalCode': '12345',
  });
  assert.equal(errors, { 'address.postalCode': 'Enter a postal code like K1A 0B1.' });
});

test('the server’s fields: known ones go beside their control, the rest to the top of the form', () => {
  const split = splitFieldErrors({
    'card.number': { code: 'card_declined' },
    cartVersion: { code: 'too_small', minimum: 1 },
    _: { code: 'required', expected: 'object' },
  });
  assert.equal(split, {
    known: { 'card.number': 'The card was declined.' },
    other: ['Enter 1 or more.', 'Fill in this field.'],
  });
  assert.equal(splitFieldErrors(undefined), { known: {}, other: [] });
});

test('the error summary lists fields in the order of the form', () => {
  const order = errorsInFormOrder({ 'card.cvc': 'c', email: 'e', 'address.postalCode': 'p' }).map((e) => e.field);
  assert.equal(order, ['email', 'address.postalCode', 'card.cvc']);
});

test('every field has its own element id', () => {
  const ids = CHECKOUT_FIELDS.map(fieldId);
  assert.is(new Set(ids).size, ids.length);
  assert.is(fieldId('address.postalCode'), 'checkout-address-postalCode');
});

const expiries: [string, string][] = [
  ['1', '1'],
  ['12', '12'],
  ['123', '12/3'],
  ['1230', '12/30'],
  ['12/30', '12/30'],
  ['12 / 30', '12/30'],
  ['12/', '12'],
  ['123045', '12/30'],
  ['ab', ''],
];
for (const [typed, shown] of expiries)
  test(`expiry typed "${typed}" → "${shown}"`, () => assert.is(formatExpiry(typed), shown));

test.run();
