import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { orders } from '../db/schema.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { ok } from '../test/ack.js';
import { captureLog, type LogLine } from '../test/log-capture.js';
import { spyPaymentProvider } from '../test/payment-spy.js';
import { goneState } from '../test/shared-state-processes.js';
import { checkoutForm, fillCart } from '../test/shop-helpers.js';
import { expectThrottled, loginFrom } from '../test/throttle-helpers.js';
import { UNAVAILABLE_RETRY_MS } from './shared-limits.js';

/**
 * The whole app on a shared state whose primary is gone (a real process, killed): what guards
 * money and abuse refuses with `rate_limited` and a short wait; what guards load lets the shop go
 * on, with one warning a minute per limit ([SHARED6]).
 */
const payments = spyPaymentProvider();
const test = suite<{ app: TestApp; lines: LogLine[] }>('the shop while the shared state cannot answer');
test.before(async (ctx) => {
  const captured = captureLog();
  ctx.lines = captured.lines;
  ctx.app = await startTestApp(
    { TRUST_PROXY: '1' },
    { shared: await goneState(), log: captured.log, payments: payments.provider },
  );
});
test.after(async ({ app }) => app.stop());

const warned = (lines: LogLine[], limit: string) =>
  lines.filter((l) => l.msg === 'shared state unavailable: limit not checked' && l.limit === limit);

test('[SHARED6] load limits let the shop go on: first visits, connections, socket requests, chat sends', async ({
  app,
  lines,
}) => {
  const cookie = await app.guestCookie();
  const tabs = [await app.connect(cookie), await app.connect(cookie)];
  for (let i = 0; i < 3; i++) assert.ok(ok(await tabs[i % 2]!.emitWithAck('cart:get', {})));
  assert.ok(ok(await tabs[0]!.emitWithAck('chat:send', { text: 'hello', clientId: crypto.randomUUID() })));
  for (const limit of ['auth:guest-sessions', 'connection caps', 'socket', 'chat:send', 'answers:starts'])
    assert.is(warned(lines, limit).length, 1, `${limit}: one warning, whatever the number of requests`);
  assert.is(warned(lines, 'socket')[0]!.whenUnavailable, 'allow');
});

test('[SHARED6] money and abuse limits refuse: sign-in, checkout (nothing charged), discount codes', async ({
  app,
}) => {
  await expectThrottled(await loginFrom(app, 'ada@example.com', 'whatever-it-is'), UNAVAILABLE_RETRY_MS);
  const tab = await app.connect(await app.guestCookie());
  const cart = await fillCart(app, tab, [1]);
  const charged = payments.attempts;
  const placed = await tab.emitWithAck('checkout:place', checkoutForm(cart));
  assert.equal(placed, { ok: false, error: { code: 'rate_limited', retryAfterMs: UNAVAILABLE_RETRY_MS } });
  assert.is(payments.attempts, charged, 'the provider was never asked');
  assert.is(app.ctx.db.select().from(orders).all().length, 0);
  const check = await tab.emitWithAck('checkout:discount-check', { code: 'WELCOME10' });
  assert.equal(check, { ok: false, error: { code: 'rate_limited', retryAfterMs: UNAVAILABLE_RETRY_MS } });
});

test.run();
