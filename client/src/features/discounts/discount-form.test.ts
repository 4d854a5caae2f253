import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DiscountCreateSchema, type StaffDiscount } from '../../../../shared/discounts.js';
import { discountState, endOfDay, toCreateInput, type DiscountFormText } from './discount-form.js';

const text = (over: Partial<DiscountFormText>): DiscountFormText => ({
  code: 'save10',
  kind: 'percent',
  value: '10',
  minimum: '',
  expiry: '',
  limit: '',
  ...over,
});

test('[DISC1] a percent code with nothing optional', () => {
  assert.equal(DiscountCreateSchema.parse(toCreateInput(text({}))), {
    code: 'SAVE10',
    kind: 'percent',
    value: 10,
    minOrderCents: 0,
    expiresAt: null,
    usageLimit: null,
  });
});

test('[DISC1] dollars become cents, the date its last millisecond here, the limit a number', () => {
  const input = toCreateInput(
    text({ kind: 'amount', value: '12.30', minimum: '50', expiry: '2030-05-31', limit: '100' }),
  );
  assert.equal(input, {
    code: 'save10',
    kind: 'amount',
    value: 1230,
    minOrderCents: 5000,
    expiresAt: new Date(2030, 4, 31, 23, 59, 59, 999).getTime(),
    usageLimit: 100,
  });
  assert.is(endOfDay('31/05/2030'), undefined);
});

test('[DISC1] what is not a number is left for the schema to refuse beside its field', () => {
  const parsed = DiscountCreateSchema.safeParse(toCreateInput(text({ value: 'ten', limit: '0' })));
  assert.not.ok(parsed.success);
  assert.equal(parsed.error!.issues.map((i) => i.path.join('.')).sort(), ['usageLimit', 'value']);
  const empty = DiscountCreateSchema.safeParse(toCreateInput(text({ value: '' })));
  assert.equal(
    empty.error?.issues.map((i) => i.path.join('.')),
    ['value'],
  );
});

test('[DISC3] the list says disabled, expired, used up or active, in the server’s order', () => {
  const base: StaffDiscount = {
    code: 'X',
    kind: 'percent',
    value: 5,
    minOrderCents: 0,
    expiresAt: null,
    usageLimit: null,
    usedCount: 0,
    createdAt: 0,
    createdBy: null,
    disabledAt: null,
  };
  assert.is(discountState(base, 1000), 'active');
  assert.is(discountState({ ...base, expiresAt: 1000 }, 1000), 'expired');
  assert.is(discountState({ ...base, usageLimit: 2, usedCount: 2 }, 0), 'usedUp');
  assert.is(discountState({ ...base, disabledAt: 5, expiresAt: 1 }, 1000), 'disabled');
});

test.run();
