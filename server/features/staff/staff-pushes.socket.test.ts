import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { StaffConversation, StaffMember } from '../../../shared/staff.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp, TestSocket } from '../../test/harness.js';
import { closeSocket, signInStaff } from '../../test/helpers.js';
import { ok } from '../../test/ack.js';
import { nextRowWhere } from '../../test/desk-rows.js';

/**
 * A reconnect storm must not flood every staff console: row and presence pushes are coalesced
 * (at most one rows frame and one presence push per STAFF_PUSH_WINDOW_MS, sent with the latest
 * state). The window is set far longer than the test, and the test ends the windows itself
 * (`app.staff.pushes.flush()` / `tick()`), so nothing depends on the machine's speed.
 */
const RECONNECTS = 200;

const test = suite<{ app: TestApp }>('staff console: pushes under reconnect storms');
test.before(async (ctx) => {
  ctx.app = (await startChatApp({ STAFF_PUSH_WINDOW_MS: '600000' })).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const staffConsole = async (app: TestApp) => {
  const socket = await app.connect((await signInStaff(app)).cookie);
  ok(await socket.emitWithAck('staff:overview', {}));
  return socket;
};

/** Send what is pending, then a round trip: every push sent before the ack has arrived. */
async function flushed(app: TestApp, staff: TestSocket) {
  app.staff.pushes.flush();
  ok(await staff.emitWithAck('staff:overview', {}));
}

test(`[PUSH1] ${RECONNECTS} reconnects of one shopper: a bounded number of row pushes, the last one with the final tab count`, async ({
  app,
}) => {
  const staff = await staffConsole(app);
  const cookie = await app.guestCookie();
  const shopper = await app.connect(cookie);
  const { sent } = await ask(shopper, 'Hello');
  await flushed(app, staff);
  const rows: StaffConversation[] = [];
  staff.on('staff:conversations', (frame) => rows.push(...frame.filter((row) => row.chat.id === sent.chat.id)));
  for (let i = 0; i < RECONNECTS; i++) await closeSocket(app, await app.connect(cookie));
  await flushed(app, staff);
  assert.ok(rows.length <= 2, `${rows.length} pushes for ${RECONNECTS} reconnects`);
  assert.is(rows.at(-1)!.shopperTabs, 1, 'the last push carries the final state: the one tab left open');
});

test(`[PUSH2] ${RECONNECTS} reconnects of a staff member: a bounded number of presence pushes, the last one with who is online`, async ({
  app,
}) => {
  const watcher = await staffConsole(app);
  await flushed(app, watcher);
  const seen: StaffMember[][] = [];
  watcher.on('staff:presence', (members) => void seen.push(members));
  const { cookie } = await signInStaff(app);
  for (let i = 0; i < RECONNECTS; i++) await closeSocket(app, await app.connect(cookie));
  const last = await app.connect(cookie);
  await flushed(app, watcher);
  assert.ok(seen.length <= 2, `${seen.length} pushes for ${RECONNECTS} reconnects`);
  assert.ok(last.connected);
  assert.equal(seen.at(-1), app.chat.presence.staffOnline(), 'the last push carries who is online at the end');
  assert.is(seen.at(-1)!.length, 3, 'the member who reconnected among them');
});

const STORM = 12;
const WINDOWS = 3;

test(`[PUSH3] a storm of changes to ${STORM} conversations reaches each desk as one rows frame per window, each row once and the latest`, async ({
  app,
}) => {
  const shoppers = await Promise.all(Array.from({ length: STORM }, async () => app.connect(await app.guestCookie())));
  const chatIds: number[] = [];
  for (const shopper of shoppers) chatIds.push((await ask(shopper, 'Hello')).sent.chat.id);
  const desks = [await staffConsole(app), await staffConsole(app)];
  await flushed(app, desks[0]!);
  const frames = desks.map((desk) => {
    const seen: StaffConversation[][] = [];
    desk.on('staff:conversations', (rows) => void seen.push(rows));
    return seen;
  });
  const roundTrips = () => Promise.all(desks.map(async (desk) => ok(await desk.emitWithAck('staff:overview', {}))));
  const cartValue = new Map<number, number>();
  for (let w = 0; w < WINDOWS; w++) {
    // Every conversation changes within the window, the first one three times.
    for (const [i, shopper] of shoppers.entries()) {
      for (let n = 0; n < (i === 0 ? 3 : 1); n++) {
        const cart = ok(await shopper.emitWithAck('cart:add', { variantId: 1, quantity: 1 }));
        cartValue.set(chatIds[i]!, cart.subtotalCents);
      }
    }
    await roundTrips();
    // The storm's first change went out at once (the leading edge); the rest wait for the window's end.
    for (const seen of frames) assert.is(seen.length, 1 + w, `before the end of window ${w + 1}`);
    app.staff.pushes.tick();
    await roundTrips();
    for (const seen of frames) {
      assert.is(seen.length, 2 + w, `one frame at the end of window ${w + 1}`);
      const rows = seen.at(-1)!;
      assert.equal(rows.map((r) => r.chat.id).sort(), [...chatIds].sort(), 'every conversation changed, each once');
      for (const row of rows) assert.is(row.cartValueCents, cartValue.get(row.chat.id), 'the row as it is now');
    }
  }
  assert.equal(
    frames[0]!.at(0)!.map((r) => r.chat.id),
    [chatIds[0]],
    'the leading frame: the first change alone',
  );
  // Quiet: a window with nothing pending sends nothing and closes; the next change goes out at once.
  app.staff.pushes.tick();
  app.staff.pushes.tick();
  await roundTrips();
  assert.is(frames[0]!.length, 1 + WINDOWS);
  const leading = nextRowWhere(desks[1]!, (row) => row.chat.id === chatIds[1]);
  const cart = ok(await shoppers[1]!.emitWithAck('cart:add', { variantId: 1, quantity: 1 }));
  assert.is((await leading).cartValueCents, cart.subtotalCents, 'after a quiet window, at once');
});

test.run();
