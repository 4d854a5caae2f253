import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AddressBook } from '../../../shared/addresses.js';
import type { CheckoutInput } from '../../../shared/checkout.js';
import { addresses, orders } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { addAddress, addressRows, anAddress, shopperWithTabs } from '../../test/address-helpers.js';
import { nextEventWhere, startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents, rowCount } from '../../test/helpers.js';
import { checkoutForm, fillCart } from '../../test/shop-helpers.js';
import { TEST_CARDS } from '../payments/test-provider.js';

const test = suite<{ app: TestApp }>('addresses at checkout: "Save this address to my account"');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

/** A checkout of one item to `name` at Market St, asking to save the address. */
async function checkoutSaving(
  app: TestApp,
  socket: TestSocket,
  name: string,
  more: Partial<CheckoutInput> = {},
): Promise<CheckoutInput> {
  const cart = await fillCart(app, socket, [1]);
  return { ...checkoutForm(cart), address: anAddress(name), saveAddress: { makeDefault: false }, ...more };
}

test('[BOOK8] a placed order saves its new address with the phone, in its transaction; every tab is told', async ({
  app,
}) => {
  const me = await shopperWithTabs(app);
  const pushed = nextEventWhere<AddressBook>(me.other, 'addresses:changed', (b) => b.length === 1);
  const order = ok(await me.tab.emitWithAck('checkout:place', await checkoutSaving(app, me.tab, 'Ada at home')));
  assert.is(order.status, 'paid');
  const rows = addressRows(app, me.userId);
  assert.equal(
    rows.map((r) => [r.name, r.line1, r.postalCode, r.phone, r.isDefault, r.createdAt]),
    [['Ada at home', '1 Market St', '94105', '+1 415 555 0100', true, app.clock.now]],
  );
  assert.equal(
    (await pushed).map((a) => [a.id, a.name, a.isDefault]),
    [[rows[0]!.id, 'Ada at home', true]],
  );
});

test('[BOOK8] the same address again is not saved twice but becomes the most recent; makeDefault moves the default', async ({
  app,
}) => {
  const me = await shopperWithTabs(app);
  await addAddress(me.tab, 'Ada at home');
  await addAddress(me.tab, 'Ada at work', { address: anAddress('Ada at work', { line1: '9 Howard St' }) });
  app.clock.advance(1000);
  ok(
    await me.tab.emitWithAck(
      'checkout:place',
      await checkoutSaving(app, me.tab, 'Ada at work', {
        address: anAddress('Ada at work', { line1: '9 Howard St' }),
        saveAddress: { makeDefault: true },
      }),
    ),
  );
  const rows = addressRows(app, me.userId);
  assert.equal(
    rows.map((r) => [r.name, r.isDefault, r.phone]),
    [
      ['Ada at home', false, ''],
      ['Ada at work', true, '+1 415 555 0100'],
    ],
  );
  assert.is(rows[1]!.updatedAt, app.clock.now);
});

test('[BOOK8] without saveAddress nothing is saved', async ({ app }) => {
  const me = await shopperWithTabs(app);
  const { saveAddress: _none, ...input } = await checkoutSaving(app, me.tab, 'Not saved');
  ok(await me.tab.emitWithAck('checkout:place', input));
  assert.equal(addressRows(app, me.userId), []);
});

for (const [what, card] of [
  ['a declined card', TEST_CARDS.declined],
  ['insufficient funds', TEST_CARDS.insufficientFunds],
] as const) {
  test(`[BOOK8] a refused order (${what}) saves nothing and tells no one`, async ({ app }) => {
    const me = await shopperWithTabs(app);
    const seen = recordEvents(me.other);
    const input = await checkoutSaving(app, me.tab, 'Refused');
    const res = await me.tab.emitWithAck('checkout:place', { ...input, card: { ...input.card, number: card } });
    assert.ok(!res.ok && res.error.code === 'conflict', JSON.stringify(res));
    assert.equal(addressRows(app, me.userId), []);
    ok(await me.other.emitWithAck('addresses:list', {}));
    assert.equal(
      seen.filter(([e]) => e === 'addresses:changed'),
      [],
    );
  });
}

test('[BOOK8] a cart changed since review: refused, nothing saved', async ({ app }) => {
  const me = await shopperWithTabs(app);
  const input = await checkoutSaving(app, me.tab, 'Stale cart');
  const res = await me.tab.emitWithAck('checkout:place', { ...input, cartVersion: input.cartVersion + 5 });
  assert.ok(!res.ok && res.error.reason === 'cart_changed', JSON.stringify(res));
  assert.equal(addressRows(app, me.userId), []);
});

test('[BOOK8] a guest asking to save: the order goes through, nothing is saved', async ({ app }) => {
  const guest = await app.connect(await app.guestCookie());
  const before = rowCount(app, addresses);
  const order = ok(await guest.emitWithAck('checkout:place', await checkoutSaving(app, guest, 'Guest')));
  assert.is(order.status, 'paid');
  assert.is(rowCount(app, addresses), before);
});

test('[BOOK2][BOOK8] a full address book: the order goes through, nothing more is saved', async ({ app }) => {
  const me = await shopperWithTabs(app);
  for (let i = 1; i <= 20; i++) {
    if (i % 10 === 0) app.clock.advance(60_000);
    await addAddress(me.tab, `Address ${i}`, { address: anAddress(`Address ${i}`, { line1: `${i} Main St` }) });
  }
  const ordersBefore = rowCount(app, orders);
  ok(await me.tab.emitWithAck('checkout:place', await checkoutSaving(app, me.tab, 'One too many')));
  assert.is(rowCount(app, orders), ordersBefore + 1);
  assert.is(addressRows(app, me.userId).length, 20);
  assert.not.ok(addressRows(app, me.userId).some((r) => r.name === 'One too many'));
});

test('[BOOK8] saveAddress is checked like the rest: a wrong shape is bad_request before any charge', async ({
  app,
}) => {
  const me = await shopperWithTabs(app);
  const input = await checkoutSaving(app, me.tab, 'Shape');
  for (const [saveAddress, field] of [
    [{}, 'saveAddress.makeDefault'],
    [{ makeDefault: 'yes' }, 'saveAddress.makeDefault'],
    [{ makeDefault: true, label: 'x' }, 'saveAddress.label'],
    [true, 'saveAddress'],
  ] as const) {
    const res = await me.tab.emitWithAck('checkout:place', { ...input, saveAddress } as unknown as CheckoutInput);
    assert.ok(!res.ok && res.error.code === 'bad_request' && res.error.fields?.[field], JSON.stringify(res));
  }
  assert.equal(addressRows(app, me.userId), []);
});

test.run();
