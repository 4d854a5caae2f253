import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ok } from '../../test/ack.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp, TestSocket } from '../../test/harness.js';
import { signInStaff } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>("staff:watch: the shopper's past conversations");
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

/** Conversations one after another in the shopper's chat panel; their ids, oldest first. */
async function conversations(app: TestApp, shopper: TestSocket, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) ok(await shopper.emitWithAck('chat:new', {}));
    app.clock.advance(1_000);
    ids.push((await ask(shopper, `Question number ${i}`)).sent.chat.id);
  }
  return ids;
}

test("[HIST1] a signed-in shopper's other conversations, from any of their sessions, newest first", async ({ app }) => {
  const { cookie, email, password } = await app.register();
  const first = await conversations(app, await app.connect(cookie), 2);
  const signIn = await app.api('/api/auth/login', { body: { email, password } });
  const again = signIn.headers
    .getSetCookie()
    .find((c) => c.includes('vx_session='))!
    .split(';')[0]!;
  const [, , latest] = [...first, ...(await conversations(app, await app.connect(again), 1))];
  const staff = await app.connect((await signInStaff(app)).cookie);
  const detail = ok(await staff.emitWithAck('staff:watch', { chatId: latest! }));
  assert.equal(
    detail.pastConversations.map((c) => [c.id, c.title]),
    [
      [first[1], 'Question number 1'],
      [first[0], 'Question number 0'],
    ],
  );
});

test("[HIST1] a guest's: only the same session's", async ({ app }) => {
  const guest = await app.connect(await app.guestCookie());
  const [older, newer] = await conversations(app, guest, 2);
  await conversations(app, await app.connect(await app.guestCookie()), 1); // someone else
  const staff = await app.connect((await signInStaff(app)).cookie);
  const detail = ok(await staff.emitWithAck('staff:watch', { chatId: newer! }));
  assert.equal(
    detail.pastConversations.map((c) => c.id),
    [older],
  );
});

test.run();
