import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startChatApp } from '../../test/chat-helpers.js';
import { conversation, namedStaff, rowPush, type NamedStaff } from '../../test/desk-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { closeSocket, recordEvents } from '../../test/helpers.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; ada: NamedStaff; bea: NamedStaff }>('staff: collision signs (who views, who types)');
test.before(async (ctx) => {
  ctx.app = (await startChatApp({ STAFF_PUSH_WINDOW_MS: '0' })).app;
  ctx.ada = await namedStaff(ctx.app, 'Ada');
  ctx.bea = await namedStaff(ctx.app, 'Bea');
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const viewers = (row: { viewers: { name: string; typing: boolean }[] }) =>
  row.viewers.map((v) => `${v.name}${v.typing ? ' typing' : ''}`);

test('[SEEN1] watch, compose, stop, unwatch: colleagues get the row with who views and who drafts', async ({
  app,
  ada,
  bea,
}) => {
  const { shopper, chatId } = await conversation(app);
  let pushed = rowPush(bea.socket, chatId, (r) => r.viewers.length === 1);
  const detail = ok(await ada.socket.emitWithAck('staff:watch', { chatId }));
  assert.equal(viewers(detail.conversation), ['Ada']);
  assert.equal(viewers(await pushed), ['Ada']);
  const shopperSaw = recordEvents(shopper);
  pushed = rowPush(bea.socket, chatId, (r) => r.viewers.some((v) => v.typing));
  ok(await ada.socket.emitWithAck('staff:composing', { chatId, typing: true }));
  assert.equal(viewers(await pushed), ['Ada typing']);
  assert.not.ok(
    shopperSaw.some(([e]) => e === 'chat:typing-changed'),
    'drafting a note is not shown to the shopper',
  );
  pushed = rowPush(bea.socket, chatId, (r) => r.viewers.length === 2);
  ok(await bea.socket.emitWithAck('staff:watch', { chatId }));
  assert.equal(viewers(await pushed), ['Ada typing', 'Bea']);
  pushed = rowPush(bea.socket, chatId, (r) => r.viewers.length === 2 && !r.viewers.some((v) => v.typing));
  ok(await ada.socket.emitWithAck('staff:composing', { chatId, typing: false }));
  await pushed;
  pushed = rowPush(bea.socket, chatId, (r) => r.viewers.length === 1);
  ok(await ada.socket.emitWithAck('staff:unwatch', { chatId }));
  assert.equal(viewers(await pushed), ['Bea']);
  ok(await bea.socket.emitWithAck('staff:unwatch', { chatId }));
});

test('[SEEN1] drafting where one does not watch changes nothing; a closed tab leaves the viewers', async ({
  app,
  ada,
  bea,
}) => {
  const { chatId } = await conversation(app);
  ok(await bea.socket.emitWithAck('staff:composing', { chatId, typing: true }));
  const { viewers: none } = ok(await bea.socket.emitWithAck('staff:overview', {})).conversations.find(
    (r) => r.chat.id === chatId,
  )!;
  assert.equal(none, []);
  const tab = await namedStaff(app, 'Cy');
  ok(await tab.socket.emitWithAck('staff:watch', { chatId }));
  ok(await tab.socket.emitWithAck('staff:composing', { chatId, typing: true }));
  const left = rowPush(ada.socket, chatId, (r) => r.viewers.length === 0);
  await closeSocket(app, tab.socket);
  assert.equal((await left).viewers, []);
});

test('[SEEN2] the assignee’s staff:typing (to the shopper) shows as typing to colleagues too', async ({
  app,
  ada,
  bea,
}) => {
  const { chatId } = await conversation(app);
  ok(await ada.socket.emitWithAck('staff:watch', { chatId }));
  ok(await ada.socket.emitWithAck('staff:take-over', { chatId }));
  const pushed = rowPush(bea.socket, chatId, (r) => r.viewers.some((v) => v.typing));
  ok(await ada.socket.emitWithAck('staff:typing', { chatId, typing: true }));
  assert.equal(viewers(await pushed), ['Ada typing']);
});

test.run();
