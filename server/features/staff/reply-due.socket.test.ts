import { nextRowWhere } from '../../test/desk-rows.js';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { randomUUID } from 'node:crypto';
import { ask, send, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { signInStaff } from '../../test/helpers.js';
import { ok } from '../../test/ack.js';

// The default targets and hours: 15 and 30 business minutes, Mon-Fri 09:00-18:00 UTC.
const test = suite<{ app: TestApp }>('staff: response-time targets');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Move the app's clock forward to the next given weekday (0 = Sunday) at hh:mm UTC, a week on at least. */
function moveTo(app: TestApp, weekday: number, hh: number, mm: number): number {
  const d = new Date(app.clock.now + 7 * DAY);
  d.setUTCHours(hh, mm, 0, 0);
  d.setUTCDate(d.getUTCDate() + ((weekday - d.getUTCDay() + 7) % 7));
  app.clock.now = d.getTime();
  return app.clock.now;
}
const isoAt = (ms: number) => new Date(ms).toISOString();

test('[DUE1][DUE3] a hand-off on Friday 17:50 is due on Monday 09:05; past it the row is overdue and listed first', async ({
  app,
}) => {
  const friday = moveTo(app, 5, 17, 50);
  const early = await app.connect(await app.guestCookie());
  const { sent: a } = await ask(early, 'My parcel never came');
  ok(await early.emitWithAck('chat:request-human', { chatId: a.chat.id }));
  const monday = friday + 3 * DAY - 8 * 60 * MINUTE - 45 * MINUTE; // Monday 09:05
  assert.is(new Date(monday).getUTCDay(), 1);

  app.clock.now = monday + MINUTE; // 09:06
  const staff = await app.connect((await signInStaff(app)).cookie);
  const later = await app.connect(await app.guestCookie());
  const { sent: b } = await ask(later, 'Can I change my address?');
  ok(await later.emitWithAck('chat:request-human', { chatId: b.chat.id }));

  const overview = ok(await staff.emitWithAck('staff:overview', {}));
  const rows = overview.conversations.filter((r) => r.chat.id === a.chat.id || r.chat.id === b.chat.id);
  assert.equal(
    rows.map((r) => [r.chat.id, r.replyDueAt, r.overdue]),
    [
      [a.chat.id, isoAt(monday), true],
      [b.chat.id, isoAt(app.clock.now + 15 * MINUTE), false],
    ],
    'the overdue one first, though the other waits since later',
  );
  assert.is(overview.conversations[0]!.chat.id, a.chat.id, 'overdue rows head the whole list');

  // A person's reply stops the clock; the shopper writing again starts the next-response target (30 min).
  ok(await staff.emitWithAck('staff:take-over', { chatId: a.chat.id }));
  ok(await staff.emitWithAck('staff:reply', { chatId: a.chat.id, text: 'Looking now.', clientId: randomUUID() }));
  let row = ok(await staff.emitWithAck('staff:watch', { chatId: a.chat.id })).conversation;
  assert.equal([row.replyDueAt, row.overdue], [null, false]);
  app.clock.advance(4 * MINUTE); // 09:10
  const pushed = nextRowWhere(staff, (r) => r.chat.id === a.chat.id && r.replyDueAt !== null);
  ok(await send(early, 'It was due last week.', { chatId: a.chat.id }));
  row = await pushed;
  assert.equal([row.replyDueAt, row.overdue], [isoAt(app.clock.now + 30 * MINUTE), false]);
});

test('[DUE3] a conversation owing no reply has no due time, and the order of the rest is unchanged', async ({
  app,
}) => {
  app.clock.advance(MINUTE);
  const staff = await app.connect((await signInStaff(app)).cookie);
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'What is your return window?');
  const overview = ok(await staff.emitWithAck('staff:overview', {}));
  const row = overview.conversations.find((r) => r.chat.id === sent.chat.id)!;
  assert.equal([row.replyDueAt, row.overdue], [null, false]);
  const waiting = overview.conversations.filter((r) => !r.overdue).map((r) => r.chat.status);
  assert.equal(
    waiting,
    [...waiting].sort((x, y) => Number(y === 'waiting') - Number(x === 'waiting')),
    'waiting next',
  );
});

test.run();
