import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ContactMessageInput } from '../../../shared/contact.js';
import { ok } from '../../test/ack.js';
import { ask, send, startChatApp } from '../../test/chat-helpers.js';
import { namedStaff, type NamedStaff } from '../../test/desk-helpers.js';
import type { TestApp, TestSocket } from '../../test/harness.js';
import { closeSocket } from '../../test/helpers.js';
import { outboxRows, testMailWorker } from '../../test/mail-helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';

const test = suite<{ app: TestApp; sink: SmtpSink; staff: NamedStaff }>(
  'staff reply and contact reply mail: in the reply’s transaction, only to shoppers who are away',
);
test.before(async (ctx) => {
  ctx.app = (await startChatApp({ PUBLIC_URL: 'https://shop.example', CONTACT_SESSION_LIMIT: '100' })).app;
  ctx.sink = await startSmtpSink();
  ctx.staff = await namedStaff(ctx.app, 'Sam');
});
test.after(async ({ app, sink }) => {
  await app.stop();
  await sink.close();
});
test.before.each(({ app }) => app.clock.advance(60_000));

const replyMailOf = (app: TestApp, chatId: number) =>
  outboxRows(app.ctx.db).filter((r) => r.kind === 'staff_reply' && r.eventId.startsWith(`staff-reply:${chatId}:`));
const reply = async (staff: NamedStaff, chatId: number, text: string) =>
  ok(await staff.socket.emitWithAck('staff:reply', { chatId, text, clientId: randomUUID() }));

async function shopperChat(app: TestApp, staff: NamedStaff) {
  const { cookie, email } = await app.register();
  const socket = await app.connect(cookie);
  const { sent } = await ask(socket, 'Where is my parcel?');
  ok(await staff.socket.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  return { cookie, email, socket, chatId: sent.chat.id };
}

test('[MAIL5] a reply while the shopper has a tab open queues no mail', async ({ app, staff }) => {
  const { chatId } = await shopperChat(app, staff);
  await reply(staff, chatId, 'Let me look.');
  assert.equal(replyMailOf(app, chatId), []);
});

test('[MAIL5] away: one "you have a reply" per run of unanswered replies, to the account email, with a link back', async ({
  app,
  staff,
  sink,
}) => {
  const shopper = await shopperChat(app, staff);
  const first = await reply(staff, shopper.chatId, 'Let me look.');
  await closeSocket(app, shopper.socket);
  await reply(staff, shopper.chatId, 'It left our warehouse today.');
  await reply(staff, shopper.chatId, 'Anything else?');
  let rows = replyMailOf(app, shopper.chatId);
  assert.equal(
    rows.map((r) => [r.eventId, r.toAddress]),
    [[`staff-reply:${shopper.chatId}:${first.id}`, shopper.email]],
  );
  // They come back and write: the next reply while they are away is a new event.
  const back: TestSocket = await app.connect(shopper.cookie);
  ok(await send(back, 'Thanks, and the charger?', { chatId: shopper.chatId }));
  await closeSocket(app, back);
  const later = await reply(staff, shopper.chatId, 'The charger is in the box.');
  rows = replyMailOf(app, shopper.chatId);
  assert.equal(
    rows.map((r) => r.eventId),
    [`staff-reply:${shopper.chatId}:${first.id}`, `staff-reply:${shopper.chatId}:${later.id}`],
  );

  const worker = testMailWorker(app.ctx, sink.url);
  await worker.runOnce();
  worker.close();
  const mail = await sink.waitForMail(shopper.email, 'Sam from VisionX replied');
  assert.match(mail.text!, 'It left our warehouse today.', 'the first reply they missed');
  assert.match(mail.text!, `https://shop.example/support?conversation=${shopper.chatId}`);
});

test('[MAIL5] an away guest with no address is not emailed', async ({ app, staff }) => {
  const guest = await app.connect(await app.guestCookie());
  const { sent } = await ask(guest, 'Hello');
  ok(await staff.socket.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  await closeSocket(app, guest);
  const before = outboxRows(app.ctx.db).length;
  await reply(staff, sent.chat.id, 'Hello there');
  assert.is(outboxRows(app.ctx.db).length, before);
});

const FORM: ContactMessageInput = {
  name: 'Ada Lovelace',
  email: 'ada.contact@example.com',
  topic: 'repair',
  message: 'The hinge of my VisionX Go is loose.',
};

test('[MAIL6] every reply to a contact-form conversation goes to the address on the form, online or not', async ({
  app,
  staff,
  sink,
}) => {
  const guest = await app.connect(await app.guestCookie());
  ok(await guest.emitWithAck('contact:send', FORM));
  const chatId = app.ctx.db.$client
    .prepare(`select id from chats where channel = 'contact' and contact_email = ? order by id desc`)
    .pluck()
    .get(FORM.email) as number;
  ok(await staff.socket.emitWithAck('staff:take-over', { chatId }));
  const a = await reply(staff, chatId, 'Please send us a photo of the hinge.');
  const b = await reply(staff, chatId, 'Or bring it to a store.');
  const rows = outboxRows(app.ctx.db).filter((r) => r.kind === 'contact_reply' && r.toAddress === FORM.email);
  assert.equal(
    rows.map((r) => r.eventId),
    [`contact-reply:${a.id}`, `contact-reply:${b.id}`],
  );
  assert.equal(replyMailOf(app, chatId), [], 'no "you have a reply" on top');
  const worker = testMailWorker(app.ctx, sink.url);
  await worker.runOnce();
  worker.close();
  const mail = await sink.waitForMail(FORM.email, 'Re: your message to VisionX');
  assert.match(mail.text!, 'Hello Ada Lovelace');
  assert.match(mail.text!, 'Please send us a photo of the hinge.');
  assert.match(mail.text!, 'Sam, VisionX support');
});

test.run();
