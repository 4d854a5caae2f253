import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { gatedPaymentProvider } from '../../test/gated-payments.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { checkoutForm, fillCart } from '../../test/shop-helpers.js';
import { TEST_CARDS } from '../payments/test-provider.js';
import { REFUSED_CARD_LIMITS } from './checkout.socket.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; payments: ReturnType<typeof gatedPaymentProvider> }>(
  'checkout:place: the refused-card limit holds for attempts in flight together',
);
test.before.each(async (ctx) => {
  ctx.payments = gatedPaymentProvider();
  ctx.app = await startTestApp({}, { payments: ctx.payments.provider });
});
test.after.each(async ({ app }) => app.stop());

const SESSION_BURST = REFUSED_CARD_LIMITS.session.capacity;

test('a script sending many cards at once gets no more to the provider than the burst allows', async ({
  app,
  payments,
}) => {
  const tab = await app.connect(await app.guestCookie());
  const cart = await fillCart(app, tab, [1]);
  payments.shut('charge');
  const sent = Array.from({ length: SESSION_BURST + 3 }, () =>
    tab.emitWithAck('checkout:place', checkoutForm(cart, TEST_CARDS.declined)),
  );
  // Requests on one socket are handled in order: once this is answered, every checkout above has been handled up to its charge.
  ok(await tab.emitWithAck('cart:get', {}));
  const reached = payments.waiting('charge');
  payments.open('charge');
  const codes = (await Promise.all(sent)).map((r) => (r.ok ? 'ok' : r.error.code));
  assert.ok(reached <= SESSION_BURST, `${reached} cards reached the provider at once`);
  assert.is(codes.filter((c) => c === 'rate_limited').length, 3, codes.join(' '));
});

test.run();
