import { eq, inArray } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { outbox } from '../../db/schema.js';
import { afterAnswer, mailsTo } from '../../test/account-helpers.js';
import { ok } from '../../test/ack.js';
import { GOOD_PASSWORD, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectError, userByEmail } from '../../test/helpers.js';
import { placeOrder } from '../../test/shop-helpers.js';
import { ERASED } from '../orders/orders-privacy.js';

const test = suite<{ app: TestApp }>('account mail in erasure');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.before.each(({ app }) => app.clock.advance(60 * 60_000));
test.after(async ({ app }) => app.stop());

const deleteAccount = (app: TestApp, cookie: string) =>
  app.api('/api/auth/account', { method: 'DELETE', body: { password: GOOD_PASSWORD }, cookie });
const rowsTo = (app: TestApp, addresses: string[]) =>
  app.ctx.db.select().from(outbox).where(inArray(outbox.toAddress, addresses)).all();
const setState = (app: TestApp, id: number, state: 'sent' | 'failed') =>
  app.ctx.db
    .update(outbox)
    .set(state === 'sent' ? { state, sentAt: app.clock.now, html: null, text: null } : { state })
    .where(eq(outbox.id, id))
    .run();
const staffReply = (app: TestApp, to: string) =>
  app.ctx.outbox.queue(
    app.ctx.db,
    {
      eventId: `staff-reply:${to}`,
      kind: 'staff_reply',
      to,
      subject: 'Re: your message',
      html: '<p>Hi</p>',
      text: 'Hi',
    },
    app.clock.now,
  );

test('[ACCT14] deleting the account deletes its unsent mail, wherever its links went; sent rows keep no address', async ({
  app,
}) => {
  const { email: first, cookie } = await app.register();
  const [welcome] = mailsTo(app, first, 'welcome');
  setState(app, welcome!.id, 'sent');
  assert.is((await app.api('/api/auth/password/forgot', { body: { email: first } })).status, 202);
  await afterAnswer();
  setState(app, mailsTo(app, first, 'password_reset')[0]!.id, 'failed');
  const socket = await app.connect(cookie);
  const current = uniqueEmail();
  ok(await socket.emitWithAck('account:change-email', { email: current, currentPassword: GOOD_PASSWORD }));
  staffReply(app, current);
  const other = await app.register();
  const othersBefore = mailsTo(app, other.email);
  assert.is(
    rowsTo(app, [first, current]).length,
    5,
    'welcome (sent), verify and reset (failed) to the first, verify and a reply to the current',
  );

  assert.is((await deleteAccount(app, cookie)).status, 200);
  assert.equal(rowsTo(app, [first, current]), [], 'nothing is left addressed to either');
  const kept = app.ctx.db.select().from(outbox).where(eq(outbox.id, welcome!.id)).get();
  assert.equal(
    [kept?.state, kept?.toAddress, kept?.html, kept?.text, kept?.subject],
    ['sent', ERASED, null, null, welcome!.subject],
    'the sent welcome stays as a record addressed to nobody',
  );
  const erased = app.ctx.db.select({ id: outbox.id }).from(outbox).where(eq(outbox.toAddress, ERASED)).all();
  assert.equal(erased, [{ id: welcome!.id }], 'only the sent row stays');
  assert.equal(mailsTo(app, other.email), othersBefore, 'another account’s mail is untouched');
});

test('[ACCT14] a deletion refused (an order on its way) keeps the account’s mail', async ({ app }) => {
  const { email, cookie } = await app.register();
  await placeOrder(app, await app.connect(cookie));
  const before = rowsTo(app, [email]);
  assert.ok(before.length >= 2, 'welcome and verification, with the receipt if queued');
  await expectError(await deleteAccount(app, cookie), 409, 'conflict');
  assert.ok(userByEmail(app, email));
  assert.equal(rowsTo(app, [email]), before);
});

test.run();
