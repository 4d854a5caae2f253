import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { randomUUID } from 'node:crypto';
import type { ChatMessagePush } from '../../../shared/chat.js';
import type { StaffMetrics } from '../../../shared/staff.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import { nextEventWhere, type TestApp, type TestSocket } from '../../test/harness.js';
import { closeSocket, recordEvents, signInStaff } from '../../test/helpers.js';
import { ok } from '../../test/ack.js';
import { placeOrder } from '../../test/shop-helpers.js';

// A window no test waits out: a push after the first within it comes only with flush().
const test = suite<{ app: TestApp }>('staff: the desk figures');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp({ DESK_METRICS_WINDOW_MS: '600000' }));
});
test.after(async ({ app }) => app.stop());

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Each test a month on, at 10:30 UTC: what earlier tests stored is outside every window.
test.before.each(({ app }) => {
  const d = new Date(app.clock.now + 30 * DAY);
  d.setUTCHours(10, 30, 0, 0);
  app.clock.now = d.getTime();
});

const staffSockets: TestSocket[] = [];
const staffSocket = async (app: TestApp) => {
  const socket = await app.connect((await signInStaff(app)).cookie);
  staffSockets.push(socket);
  return socket;
};
// Staff leave after each test, so "nobody online" means it.
test.after.each(async ({ app }) => {
  for (const socket of staffSockets.splice(0)) await closeSocket(app, socket);
});
const metricsOf = async (staff: TestSocket) => ok(await staff.emitWithAck('staff:overview', {})).metrics;
const reply = (staff: TestSocket, chatId: number, text = 'Hello, I am here.') =>
  staff.emitWithAck('staff:reply', { chatId, text, clientId: randomUUID() });

/** A conversation handed to a person: asked, hand-off requested, taken over. */
async function handedOff(app: TestApp, staff: TestSocket, wait = 0) {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'I need a person');
  app.clock.advance(wait);
  ok(await shopper.emitWithAck('chat:request-human', { chatId: sent.chat.id }));
  ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  return { shopper, chatId: sent.chat.id };
}

/** The rating card's message id in a closed conversation, as the shopper got it. */
const ratingCardOf = (shopper: TestSocket, chatId: number) =>
  nextEventWhere<ChatMessagePush>(
    shopper,
    'chat:message-added',
    (p) => p.chatId === chatId && p.message.cards.some((c) => c.kind === 'rating'),
  ).then((p) => p.message.id);

async function closeAndRate(staff: TestSocket, shopper: TestSocket, chatId: number, score: number) {
  const card = ratingCardOf(shopper, chatId);
  ok(await staff.emitWithAck('staff:close', { chatId, resolution: 'Sorted.' }));
  ok(await shopper.emitWithAck('chat:rate', { chatId, messageId: await card, score }));
}

test('[METRIC2] the figures count their windows: per hour and day, medians, the assistant alone, satisfaction', async ({
  app,
}) => {
  const start = app.clock.now;
  // Ten days ago: a first response of 20 minutes and a rating of 1, outside the 7-day figures.
  let staff = await staffSocket(app);
  const old = await handedOff(app, staff, MINUTE);
  app.clock.advance(20 * MINUTE);
  ok(await reply(staff, old.chatId));
  await closeAndRate(staff, old.shopper, old.chatId, 1);
  // Two days ago: the assistant alone.
  app.clock.now = start + 8 * DAY;
  await ask(await app.connect(await app.guestCookie()), 'What is your return window?');
  // Today, 10:30.
  app.clock.now = start + 10 * DAY;
  staff = await staffSocket(app);
  const [one, two] = [await handedOff(app, staff, MINUTE), await handedOff(app, staff)];
  const three = await app.connect(await app.guestCookie());
  const { sent } = await ask(three, 'Hello?');
  ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  app.clock.now = start + 10 * DAY + 3 * MINUTE;
  ok(await reply(staff, one.chatId)); // first response 2 min after its 10:31 hand-off
  app.clock.now = start + 10 * DAY + 7 * MINUTE;
  ok(await reply(staff, two.chatId)); // 6 min after its 10:31 hand-off
  app.clock.now = start + 10 * DAY + 11 * MINUTE;
  await closeAndRate(staff, one.shopper, one.chatId, 5); // resolved 10 min after its hand-off
  app.clock.now = start + 10 * DAY + 21 * MINUTE;
  await closeAndRate(staff, three, sent.chat.id, 4); // 20 min after it started at 10:31 (no hand-off)

  const m = await metricsOf(staff);
  assert.is(m.medianFirstResponseMs, 4 * MINUTE, 'the mean of 2 and 6 minutes; the 20 of ten days ago left out');
  assert.is(m.medianResolutionMs, 15 * MINUTE, 'the mean of 10 and 20 minutes');
  // The shopper writes again in a resolved one: it is open, no longer counted as resolved.
  await ask(one.shopper, 'One more thing.', { chatId: one.chatId });
  assert.is((await metricsOf(staff)).medianResolutionMs, 20 * MINUTE, 'only the one still resolved');
  assert.equal(m.assistantOnly, { count: 1, of: 4 });
  assert.equal(m.satisfaction, { average: 4.5, count: 2 });
  assert.equal(
    [m.byHour.length, m.byHour.at(-1), m.byHour.slice(0, -1).every((h) => h.count === 0)],
    [24, { at: new Date(start + 10 * DAY - 30 * MINUTE).toISOString(), count: 3 }, true],
  );
  assert.equal(
    m.byDay.map((d) => d.count),
    [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 3],
  );
  assert.is(m.byDay.at(-1)!.at, new Date(start + 10 * DAY - 630 * MINUTE).toISOString());
});

test('[METRIC2] with nothing measured, the medians and the average are null', async ({ app }) => {
  const m = await metricsOf(await staffSocket(app));
  assert.equal(
    [m.medianFirstResponseMs, m.medianResolutionMs, m.satisfaction, m.assistantOnly],
    [null, null, { average: null, count: 0 }, { count: 0, of: 0 }],
  );
});

test('[METRIC1] pushed to staff after a hand-off, a staff reply, a close and a rating; never to shoppers; nothing while no staff is online', async ({
  app,
}) => {
  const published: string[] = [];
  app.ctx.observe((_room, event) => void published.push(event));
  const alone = await app.connect(await app.guestCookie());
  const { sent: lonely } = await ask(alone, 'Anyone there?');
  ok(await alone.emitWithAck('chat:request-human', { chatId: lonely.chat.id }));
  app.staff.pushes.flush();
  assert.not.ok(published.includes('staff:metrics'), 'no staff online: nothing computed, nothing sent');

  const staff = await staffSocket(app);
  const before = await metricsOf(staff);
  const shopper = await app.connect(await app.guestCookie());
  const shopperEvents = recordEvents(shopper);
  const { sent } = await ask(shopper, 'My order is late');
  /** The next push that shows `what`, after the change (flush: the window would hold a second one back). */
  const pushedAfter = async (change: () => Promise<unknown>, what: (m: StaffMetrics) => boolean) => {
    const pushed = nextEventWhere<StaffMetrics>(staff, 'staff:metrics', what);
    await change();
    app.staff.pushes.flush();
    return pushed;
  };
  await pushedAfter(
    () => shopper.emitWithAck('chat:request-human', { chatId: sent.chat.id }),
    (m) => m.counters.waiting === before.counters.waiting + 1,
  );
  ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  app.clock.advance(4 * MINUTE);
  await pushedAfter(
    () => reply(staff, sent.chat.id),
    (m) => m.medianFirstResponseMs === 4 * MINUTE,
  );
  app.clock.advance(MINUTE);
  const card = ratingCardOf(shopper, sent.chat.id);
  await pushedAfter(
    () => staff.emitWithAck('staff:close', { chatId: sent.chat.id, resolution: 'Sent a new one.' }),
    (m) => m.medianResolutionMs === 5 * MINUTE,
  );
  const messageId = await card;
  await pushedAfter(
    () => shopper.emitWithAck('chat:rate', { chatId: sent.chat.id, messageId, score: 3 }),
    (m) => m.satisfaction.count === 1 && m.satisfaction.average === 3,
  );
  await alone.emitWithAck('chat:list', {});
  await shopper.emitWithAck('chat:list', {});
  assert.equal(
    shopperEvents.filter(([e]) => e.startsWith('staff:')),
    [],
    'nothing of the desk reaches a shopper',
  );
});

test('[METRIC1] two quick changes within the window: one push at once, the next (with both) at its end', async ({
  app,
}) => {
  const staff = await staffSocket(app);
  const { cookie } = await app.register();
  const shopper = await app.connect(cookie);
  const orders = (await metricsOf(staff)).counters.ordersToday;
  app.staff.pushes.flush();
  await metricsOf(staff); // a round trip: what the flush sent has arrived
  const pushes: StaffMetrics[] = [];
  staff.on('staff:metrics', (m) => pushes.push(m));
  await placeOrder(app, shopper, [1]);
  await placeOrder(app, shopper, [2]);
  await metricsOf(staff);
  assert.equal(
    pushes.map((m) => m.counters.ordersToday),
    [orders + 1],
    'the first order at once; the second waits for the window',
  );
  app.staff.pushes.flush();
  await metricsOf(staff);
  assert.equal(
    pushes.map((m) => m.counters.ordersToday),
    [orders + 1, orders + 2],
    'one more push, with both',
  );
});

test.run();
