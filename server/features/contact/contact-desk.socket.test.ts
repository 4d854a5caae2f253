import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { ContactMessageInput } from '../../../shared/contact.js';
import type { StaffConversation } from '../../../shared/staff.js';
import { chatMessages, chats, contactMessages, sessions } from '../../db/schema.js';
import { runMaintenance } from '../../maintenance.js';
import { CONTACT_RETENTION_MS } from './contact.repo.js';
import { ok } from '../../test/ack.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import { nextEventWhere, type TestApp } from '../../test/harness.js';
import { recordEvents, rowCount, sessionIdOf, signInStaff, userByEmail } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('contact:send: a conversation waiting on the desk');
test.before(async (ctx) => {
  ctx.app = (await startChatApp({ CONTACT_SESSION_LIMIT: '100', CONTACT_IP_LIMIT: '1000' })).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const FORM: ContactMessageInput = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  topic: 'repair',
  message: 'The hinge of my VisionX Go is loose and it rattles.',
};

test('[CONTACT1] a guest: a waiting conversation on the desk, pushed to online staff at once and to no shopper; the chat panel keeps its own', async ({
  app,
}) => {
  const staff = await app.connect((await signInStaff(app)).cookie);
  const cookie = await app.guestCookie();
  const guest = await app.connect(cookie);
  const bystander = await app.connect(await app.guestCookie());
  const { sent } = await ask(guest, 'Hello assistant');
  const [guestHeard, bystanderHeard] = [recordEvents(guest), recordEvents(bystander)];
  const alert = nextEventWhere<StaffConversation>(staff, 'staff:handoff-requested', (r) => r.channel === 'contact');
  const received = ok(await guest.emitWithAck('contact:send', FORM));

  const row = await alert;
  assert.equal(
    [row.chat.status, row.deskStatus, row.channel, row.contactEmail, row.chat.department, row.chat.title],
    ['waiting', 'open', 'contact', FORM.email, 'tech', FORM.message],
  );
  const stored = app.ctx.db.select().from(chats).where(eq(chats.id, row.chat.id)).get()!;
  assert.equal(
    [stored.userId, stored.sessionId, stored.contactName, stored.handoffAt, stored.awaitingReplySince],
    [null, await sessionIdOf(app, cookie), FORM.name, app.clock.now, app.clock.now],
  );
  const messages = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.chatId, row.chat.id)).all();
  assert.equal(
    messages.map((m) => [m.role, m.content]),
    [['user', FORM.message]],
  );
  assert.ok(app.ctx.db.select().from(contactMessages).where(eq(contactMessages.id, received.id)).get());

  const overview = ok(await staff.emitWithAck('staff:overview', {}));
  assert.ok(
    overview.conversations.some((c) => c.chat.id === row.chat.id && c.chat.status === 'waiting'),
    'in the overview',
  );
  const list = ok(await guest.emitWithAck('chat:list', {}));
  assert.is(list.currentChatId, sent.chat.id, 'the chat panel keeps its conversation');
  assert.ok(
    list.chats.some((c) => c.id === row.chat.id),
    "in the shopper's past conversations",
  );
  for (const heard of [guestHeard, bystanderHeard])
    assert.equal(
      heard.filter(([event]) => event.startsWith('staff:') || event === 'chat:current-changed'),
      [],
    );
});

test('[CONTACT1] a signed-in shopper with no conversation yet: theirs, and still not their current one', async ({
  app,
}) => {
  const staff = await app.connect((await signInStaff(app)).cookie);
  const { cookie, email } = await app.register();
  const shopper = await app.connect(cookie);
  const alert = nextEventWhere<StaffConversation>(staff, 'staff:handoff-requested', (r) => r.contactEmail === email);
  ok(await shopper.emitWithAck('contact:send', { ...FORM, email, topic: 'product' }));
  const row = await alert;
  assert.equal([row.chat.department, row.shopperName], ['sales', 'Test Shopper']);
  const stored = app.ctx.db.select().from(chats).where(eq(chats.id, row.chat.id)).get()!;
  assert.is(stored.userId, userByEmail(app, email)!.id);
  assert.is(ok(await shopper.emitWithAck('chat:current', {})), null, 'no current conversation');
  const { sent } = await ask(shopper, 'A question for the assistant');
  assert.is.not(sent.chat.id, row.chat.id, 'a message in the chat panel starts its own conversation');
});

test('[CONTACT2] invalid contact input changes nothing and alerts nobody', async ({ app }) => {
  const staff = await app.connect((await signInStaff(app)).cookie);
  const heard = recordEvents(staff);
  const guest = await app.connect(await app.guestCookie());
  const before = [rowCount(app, chats), rowCount(app, chatMessages), rowCount(app, contactMessages)];
  for (const bad of [
    { ...FORM, message: 'short' },
    { ...FORM, topic: 'billing' },
    { ...FORM, email: 'nope' },
  ]) {
    const res = await guest.emitWithAck('contact:send', bad as ContactMessageInput);
    assert.is(res.ok ? 'ok' : res.error.code, 'bad_request');
  }
  assert.equal([rowCount(app, chats), rowCount(app, chatMessages), rowCount(app, contactMessages)], before);
  ok(await staff.emitWithAck('staff:overview', {})); // a round trip: any push would have come before its ack
  assert.not.ok(heard.some(([event]) => event === 'staff:handoff-requested'));
});

test('[CONTACT3] staff take over a contact conversation and reply; the reply is stored', async ({ app }) => {
  const staff = await app.connect((await signInStaff(app)).cookie);
  const guest = await app.connect(await app.guestCookie());
  const alert = nextEventWhere<StaffConversation>(staff, 'staff:handoff-requested', (r) => r.channel === 'contact');
  ok(await guest.emitWithAck('contact:send', FORM));
  const { chat } = await alert;
  ok(await staff.emitWithAck('staff:watch', { chatId: chat.id }));
  ok(await staff.emitWithAck('staff:take-over', { chatId: chat.id }));
  const reply = ok(
    await staff.emitWithAck('staff:reply', {
      chatId: chat.id,
      text: 'We will send a new hinge.',
      clientId: randomUUID(),
    }),
  );
  const stored = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, reply.id)).get()!;
  assert.equal([stored.role, stored.content], ['staff', 'We will send a new hinge.']);
});

test('[CONTACT4] a guest contact conversation outlives its session (the desk still answers it) until the contact retention, then goes with the message', async ({
  app,
}) => {
  const cookie = await app.guestCookie();
  const guest = await app.connect(cookie);
  ok(await guest.emitWithAck('contact:send', FORM));
  const sessionId = await sessionIdOf(app, cookie);
  const mine = () =>
    app.ctx.db
      .select({ id: chats.id })
      .from(chats)
      .where(eq(chats.sessionId, sessionId))
      .all()
      .map((c) => c.id);
  assert.is(mine().length, 1);
  guest.disconnect();
  app.ctx.db.delete(sessions).where(eq(sessions.id, sessionId)).run(); // the guest session is gone
  runMaintenance(app.ctx);
  assert.is(mine().length, 1, 'a guest contact conversation is not an orphan chat');
  app.clock.advance(CONTACT_RETENTION_MS + 60_000);
  runMaintenance(app.ctx);
  assert.equal(mine(), [], 'past the contact retention');
});

test.run();
