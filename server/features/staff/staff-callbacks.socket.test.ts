import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import { callbackRequests } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { closeSocket, signInStaff } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('staff: callback requests on the desk');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

/** A signed-in shopper asks for a person while no staff member is online: a callback request. */
async function callbackAsked(app: TestApp) {
  const { cookie, email } = await app.register();
  const shopper = await app.connect(cookie);
  const { sent } = await ask(shopper, 'I need a person please');
  ok(await shopper.emitWithAck('chat:request-human', { chatId: sent.chat.id }));
  return { chatId: sent.chat.id, email };
}
const handledAt = (app: TestApp, chatId: number) =>
  app.ctx.db
    .select({ at: callbackRequests.handledAt })
    .from(callbackRequests)
    .where(eq(callbackRequests.chatId, chatId))
    .all()
    .map((r) => r.at);

test('[CALL1] the row shows the open callback and its address; a staff reply handles it', async ({ app }) => {
  const { chatId, email } = await callbackAsked(app);
  const staff = await app.connect((await signInStaff(app)).cookie);
  const row = ok(await staff.emitWithAck('staff:overview', {})).conversations.find((c) => c.chat.id === chatId)!;
  assert.equal([typeof row.callbackRequestedAt, row.contactEmail], ['string', email]);
  ok(await staff.emitWithAck('staff:watch', { chatId }));
  ok(await staff.emitWithAck('staff:take-over', { chatId }));
  assert.equal(handledAt(app, chatId), [null], 'taking over is not answering');
  app.clock.advance(5_000);
  ok(await staff.emitWithAck('staff:reply', { chatId, text: 'Hello, I am here.', clientId: randomUUID() }));
  assert.equal(handledAt(app, chatId), [app.clock.now]);
  const after = ok(await staff.emitWithAck('staff:watch', { chatId })).conversation;
  assert.equal([after.callbackRequestedAt, after.contactEmail], [null, email], 'handled: the address stays');
  await closeSocket(app, staff); // nobody online again, for the next callback
});

test('[CALL1] closing the conversation handles its callback too', async ({ app }) => {
  const { chatId } = await callbackAsked(app);
  assert.equal(handledAt(app, chatId), [null]);
  const staff = await app.connect((await signInStaff(app)).cookie);
  ok(await staff.emitWithAck('staff:close', { chatId, resolution: 'Called back by phone.' }));
  assert.equal(handledAt(app, chatId), [app.clock.now]);
});

test.run();
