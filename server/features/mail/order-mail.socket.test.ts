import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { orders } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { outboxRow, outboxRows, testMailWorker } from '../../test/mail-helpers.js';
import { checkoutForm, fillCart, moveOrderAs, placeOrder } from '../../test/shop-helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { TEST_CARDS } from '../payments/test-provider.js';
import type { Outbox } from './outbox.js';
import { money } from './templates/mail-format.js';

const test = suite<{ app: TestApp; sink: SmtpSink }>('order mail: queued in the order’s own transactions');
test.before(async (ctx) => {
  ctx.app = (await startChatApp({ PUBLIC_URL: 'https://shop.example' })).app;
  ctx.sink = await startSmtpSink();
});
test.after(async ({ app, sink }) => {
  await app.stop();
  await sink.close();
});
test.before.each(({ app }) => app.clock.advance(60_000));

const guest = async (app: TestApp) => app.connect(await app.guestCookie());
const ordersCount = (app: TestApp) => app.ctx.db.select().from(orders).all().length;

test('[MAIL3] placing an order queues exactly one receipt, inside the order’s transaction; it arrives with lines, totals, address and link', async ({
  app,
  sink,
}) => {
  const tab = await guest(app);
  const queue = app.ctx.outbox.queue;
  const inTransaction: boolean[] = [];
  app.ctx.outbox.queue = (tx, mail, now) => {
    inTransaction.push(app.ctx.db.$client.inTransaction);
    return queue(tx, mail, now);
  };
  const input = checkoutForm(await fillCart(app, tab, [2, 1]));
  const order = ok(await tab.emitWithAck('checkout:place', input));
  app.ctx.outbox.queue = queue;
  assert.equal(inTransaction, [true]);
  const again = ok(await tab.emitWithAck('checkout:place', input));
  assert.is(again.number, order.number, 'a retry answers the same order');
  const rows = outboxRows(app.ctx.db).filter((r) => r.eventId === `order-receipt:${order.number}`);
  assert.is(rows.length, 1);
  assert.equal([rows[0]!.kind, rows[0]!.toAddress, rows[0]!.state], ['order_receipt', 'ada@example.com', 'pending']);

  const worker = testMailWorker(app.ctx, sink.url);
  await worker.runOnce();
  worker.close();
  const mail = await sink.waitForMail('ada@example.com', order.number);
  assert.is(mail.subject, `Your VisionX order ${order.number}`);
  const total = money(order.totalCents);
  for (const line of order.lines) {
    assert.match(mail.text!, `${line.name} · ${line.colourName}`);
    assert.match(mail.text!, `× ${line.quantity}`);
  }
  assert.ok(
    mail.text!.split('\n').some((l) => /^Total\s/.test(l) && l.endsWith(` ${total}`)),
    mail.text,
  );
  assert.match(String(mail.html), total);
  assert.match(mail.text!, 'Ada Lovelace, 1 Market St, San Francisco CA 94105, US');
  assert.match(mail.text!, `https://shop.example/orders/${order.number}`);
  assert.not.match(mail.text!, 'Discount', 'no discount line without a discount');
});

test('[MAIL3] a refused card queues nothing; a failure inside the order’s transaction takes the receipt with it', async ({
  app,
}) => {
  const tab = await guest(app);
  const before = outboxRows(app.ctx.db).length;
  const declined = await tab.emitWithAck(
    'checkout:place',
    checkoutForm(await fillCart(app, tab, [1]), TEST_CARDS.declined),
  );
  assert.is(!declined.ok && declined.error.reason, 'card_declined');
  assert.is(outboxRows(app.ctx.db).length, before);

  const orderCount = ordersCount(app);
  const box = app.ctx.outbox as Outbox;
  const queue = box.queue;
  box.queue = (tx, mail, now) => {
    queue(tx, mail, now);
    throw new Error('the disk filled up right after the receipt was written');
  };
  const failed = await tab.emitWithAck('checkout:place', checkoutForm(ok(await tab.emitWithAck('cart:get', {}))));
  box.queue = queue;
  assert.is(!failed.ok && failed.error.code, 'internal');
  assert.is(ordersCount(app), orderCount, 'no order');
  assert.is(outboxRows(app.ctx.db).length, before, 'and no receipt');
});

test('[MAIL4] moving an order queues one shipped and one delivered notice; other steps none', async ({ app, sink }) => {
  const order = await placeOrder(app, await guest(app));
  const kinds = () =>
    outboxRows(app.ctx.db)
      .filter((r) => r.eventId.endsWith(`:${order.number}`))
      .map((r) => r.eventId.split(':')[0]);
  await moveOrderAs(app, order.number, ['packed']);
  assert.equal(kinds(), ['order-receipt']);
  await moveOrderAs(app, order.number, ['shipped'], 'system');
  assert.equal(kinds(), ['order-receipt', 'order-shipped']);
  await moveOrderAs(app, order.number, ['delivered'], 'system');
  assert.equal(kinds(), ['order-receipt', 'order-shipped', 'order-delivered']);
  const shipped = outboxRow(app.ctx.db, `order-shipped:${order.number}`)!;
  assert.equal([shipped.kind, shipped.toAddress], ['order_shipped', 'ada@example.com']);

  const worker = testMailWorker(app.ctx, sink.url);
  await worker.runOnce();
  worker.close();
  const mail = await sink.waitForMail('ada@example.com', `${order.number} has shipped`);
  assert.match(mail.text!, '3–5 business days');
  assert.match(mail.text!, `https://shop.example/orders/${order.number}`);
  await sink.waitForMail('ada@example.com', `${order.number} was delivered`);
});

test('[MAIL4] a cancelled order is told by socket only', async ({ app }) => {
  const tab = await guest(app);
  const order = await placeOrder(app, tab);
  ok(await tab.emitWithAck('orders:cancel', { number: order.number }));
  assert.equal(
    outboxRows(app.ctx.db)
      .filter((r) => r.eventId.endsWith(`:${order.number}`))
      .map((r) => r.kind),
    ['order_receipt'],
  );
});

test.run();
