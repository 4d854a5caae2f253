import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Cart } from '../../../../shared/cart.js';
import { checkoutTotals } from '../../../../shared/checkout-totals.js';
import type { Country, ShippingMethod } from '../../../../shared/shipping.js';
import { startTestApp, type TestApp, type TestSocket } from '../../../../server/test/harness.js';
import { checkoutForm, fillCart, stockOf } from '../../../../server/test/shop-helpers.js';
import { TEST_CARDS } from '../../../../server/features/payments/test-provider.js';
import { attemptToSend, fingerprintOf, openAfter, outcomeOf } from './checkout-attempt.js';
import { CheckoutDetailsSchema } from './checkout-fields.js';
import { ok } from '../../../../server/test/ack.js';
import { insertDiscount } from '../../../../server/features/discounts/discounts.repo.js';

/** The checkout page's numbers and its key policy, checked against what the real server does. */
const test = suite<{ app: TestApp }>('checkout page ↔ server');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const ADDRESSES: Record<Country, { region: string; postalCode: string }> = {
  US: { region: 'NY', postalCode: '10001' },
  CA: { region: 'ON', postalCode: 'K1A 0B1' },
  GB: { region: '', postalCode: 'SW1A 1AA' },
  DE: { region: '', postalCode: '10115' },
  FR: { region: '', postalCode: '75008' },
};

function formFor(cart: Cart, country: Country, method: ShippingMethod, card: string = TEST_CARDS.success) {
  const form = checkoutForm(cart, card);
  return { ...form, shippingMethod: method, address: { ...form.address, ...ADDRESSES[country], country } };
}

/** The page's fingerprint of what a form holds (it parses the details without key and version). */
function printOf(form: ReturnType<typeof formFor>): string {
  const { idempotencyKey: _key, cartVersion: _version, ...details } = form;
  return fingerprintOf(CheckoutDetailsSchema.parse(details));
}

async function guest(app: TestApp): Promise<TestSocket> {
  return app.connect(await app.guestCookie());
}

// quantities per line, country, method
const cases: [number[], Country, ShippingMethod][] = [
  [[1], 'US', 'standard'],
  [[1], 'CA', 'express'],
  [[2, 1], 'GB', 'standard'],
  [[3], 'DE', 'express'],
  [[1, 1, 2], 'FR', 'standard'],
  [[5], 'CA', 'standard'],
];
for (const [quantities, country, method] of cases) {
  test(`the total shown is the total charged: ${quantities.join('+')} to ${country} by ${method}`, async ({ app }) => {
    const socket = await guest(app);
    const cart = await fillCart(app, socket, quantities);
    const shown = checkoutTotals(cart.subtotalCents, country, method);
    const order = ok(await socket.emitWithAck('checkout:place', formFor(cart, country, method)));
    assert.equal(
      {
        subtotalCents: order.subtotalCents,
        discountCents: order.discountCents,
        shippingCents: order.shippingCents,
        taxCents: order.taxCents,
        totalCents: order.totalCents,
      },
      shown,
    );
  });
}

test('[DISC7] with a code: the total the page prices from the quote is the total charged', async ({ app }) => {
  const socket = await guest(app);
  const cart = await fillCart(app, socket, [2, 1]);
  insertDiscount(app.ctx.db, { code: 'PAGE-15', kind: 'percent', value: 15, createdAt: app.clock.now });
  const quote = ok(await socket.emitWithAck('checkout:discount-check', { code: 'page-15' }));
  const shown = checkoutTotals(cart.subtotalCents, 'CA', 'standard', quote);
  assert.is(shown.discountCents, quote.discountCents);
  const order = ok(
    await socket.emitWithAck('checkout:place', { ...formFor(cart, 'CA', 'standard'), discountCode: quote.code }),
  );
  assert.equal(
    [order.discountCents, order.shippingCents, order.taxCents, order.totalCents],
    [shown.discountCents, shown.shippingCents, shown.taxCents, shown.totalCents],
  );
});

test('an unanswered attempt sent again with its key answers the first order; stock is taken once', async ({ app }) => {
  const socket = await guest(app);
  const cart = await fillCart(app, socket, [1]);
  const stock = stockOf(app, cart.lines[0]!.variantId);
  const form = formFor(cart, 'US', 'standard');
  const attempt = attemptToSend(null, printOf(form), cart.version);
  const payload = { ...form, idempotencyKey: attempt.key, cartVersion: attempt.cartVersion };
  const first = ok(await socket.emitWithAck('checkout:place', payload)); // its ack "lost": a timeout for the page
  const open = openAfter(attempt, outcomeOf({ ok: false, error: { code: 'timeout' } }));
  // The shopper re-types the security code (it was cleared) and presses again.
  const again = attemptToSend(open, printOf({ ...form, card: { ...form.card, cvc: '321' } }), cart.version + 1);
  assert.is(again.key, attempt.key);
  const second = ok(
    await socket.emitWithAck('checkout:place', {
      ...payload,
      card: { ...payload.card, cvc: '321' },
      cartVersion: again.cartVersion,
    }),
  );
  assert.is(second.number, first.number);
  assert.is(stockOf(app, cart.lines[0]!.variantId), stock - 1);
});

test('after a decline the next attempt needs a new key: the declined key keeps answering "declined"', async ({
  app,
}) => {
  const socket = await guest(app);
  const cart = await fillCart(app, socket, [1]);
  const declinedForm = formFor(cart, 'GB', 'express', TEST_CARDS.declined);
  const attempt = attemptToSend(null, printOf(declinedForm), cart.version);
  const declined = await socket.emitWithAck('checkout:place', { ...declinedForm, idempotencyKey: attempt.key });
  const outcome = outcomeOf(declined);
  assert.is(outcome.kind, 'payment-refused');

  const goodForm = formFor(cart, 'GB', 'express');
  const stale = await socket.emitWithAck('checkout:place', { ...goodForm, idempotencyKey: attempt.key });
  assert.is(outcomeOf(stale).kind, 'payment-refused', 'reusing the key replays the decline');

  const next = attemptToSend(openAfter(attempt, outcome), printOf(goodForm), cart.version);
  assert.is.not(next.key, attempt.key);
  const placed = outcomeOf(await socket.emitWithAck('checkout:place', { ...goodForm, idempotencyKey: next.key }));
  assert.is(placed.kind, 'placed');
});

test('a cart changed since the page showed it is a cart conflict, not a payment problem', async ({ app }) => {
  const socket = await guest(app);
  const cart = await fillCart(app, socket, [1]);
  await fillCart(app, socket, [1]);
  const res = await socket.emitWithAck('checkout:place', formFor(cart, 'US', 'standard'));
  assert.is(outcomeOf(res).kind, 'cart-changed');
});

test.run();
