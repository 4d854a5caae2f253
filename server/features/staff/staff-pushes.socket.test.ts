import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { StaffConversation, StaffMember } from '../../../shared/staff.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp, TestSocket } from '../../test/harness.js';
import { closeSocket, signInStaff } from '../../test/helpers.js';
import { ok } from '../../test/ack.js';

/**
 * A reconnect storm must not flood every staff console: row and presence pushes are coalesced
 * per conversation (at most one pending per STAFF_PUSH_WINDOW_MS, sent with the latest state).
 * The window is set far longer than the test, and the test sends what is pending itself
 * (`app.staff.pushes.flush()`), so nothing depends on the machine's speed.
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
  staff.on('staff:conversation', (row) => void (row.chat.id === sent.chat.id && rows.push(row)));
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

test.run();
