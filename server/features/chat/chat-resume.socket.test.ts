import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import { chats } from '../../db/schema.js';
import { answerEnd, ask, send, startChatApp } from '../../test/chat-helpers.js';
import { cookieFrom, GOOD_PASSWORD, nextEventWhere, type TestApp } from '../../test/harness.js';
import { userByEmail } from '../../test/helpers.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import { purgeOrphanGuestChats } from './chat-identity.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('chat: conversations resume');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const signIn = async (app: TestApp, email: string, cookie?: string) =>
  cookieFrom(await app.api('/api/auth/login', { body: { email, password: GOOD_PASSWORD }, cookie }));

test("[RES1] a guest's conversation carries over at sign-up, mid-answer, and stays the current one", async ({
  app,
  scripted,
}) => {
  const guest = await app.guestCookie();
  const socket = await app.connect(guest);
  const { sent } = await ask(socket, 'Which phone has the best camera?');
  const hold = gate();
  scripted.script({ text: 'The Vision X Pro Max Ultra ' }, { gate: hold }, { text: 'has a 5x periscope.' });
  ok(await send(socket, 'And its zoom?'));
  await hold.reached;
  const res = await app.api('/api/auth/register', {
    body: { email: 'carry@example.com', name: 'Ada Lovelace', password: GOOD_PASSWORD },
    cookie: guest,
  });
  assert.is(res.status, 201);
  const signedIn = await app.connect(cookieFrom(res));
  const transcript = ok(await signedIn.emitWithAck('chat:current', {}))!;
  assert.is(transcript.chat.id, sent.chat.id);
  assert.equal(
    transcript.messages.map((m) => m.role),
    ['user', 'assistant', 'user', 'assistant'],
  );
  assert.equal(
    [transcript.messages.at(-1)!.status, transcript.messages.at(-1)!.content],
    ['streaming', 'The Vision X Pro Max Ultra '],
  );
  const end = answerEnd(signedIn, sent.chat.id);
  hold.open();
  assert.is(
    (await end).message.content,
    'The Vision X Pro Max Ultra has a 5x periscope.',
    'the new socket follows the stream on',
  );
  assert.is(
    app.ctx.db.select().from(chats).where(eq(chats.id, sent.chat.id)).get()!.userId,
    userByEmail(app, 'carry@example.com')!.id,
  );
  const oldGuest = await app.connect(await app.guestCookie());
  assert.is(ok(await oldGuest.emitWithAck('chat:list', {})).chats.length, 0);
});

test('[RES2] a new sign-in starts a new conversation; "continue last conversation" reloads only the last one', async ({
  app,
}) => {
  const { cookie, email } = await app.register();
  const first = await app.connect(cookie);
  const older = (await ask(first, 'Older question')).sent.chat.id;
  ok(await first.emitWithAck('chat:new', {}));
  const last = (await ask(first, 'Latest question')).sent.chat.id;
  assert.is.not(older, last);
  const device = await app.connect(await signIn(app, email));
  assert.is(ok(await device.emitWithAck('chat:current', {})), null, 'a new login has no current conversation');
  const list = ok(await device.emitWithAck('chat:list', {}));
  assert.equal(
    list.chats.map((c) => c.id),
    [last, older],
  );
  assert.is(list.currentChatId, null);
  const continued = ok(await device.emitWithAck('chat:continue', {}));
  assert.is(continued.chat.id, last);
  assert.ok(continued.current);
  assert.equal(
    continued.messages.map((m) => m.content),
    ['Latest question', 'You said: Latest question'],
  );
  assert.is(ok(await device.emitWithAck('chat:current', {}))!.chat.id, last);
});

test('[RES3] a past conversation opens read-only; sending to it (or continuing it) makes it current in every tab', async ({
  app,
}) => {
  const cookie = await app.guestCookie();
  const [tab1, tab2] = [await app.connect(cookie), await app.connect(cookie)];
  const old = (await ask(tab1, 'About returns')).sent.chat.id;
  const afterNew = nextEventWhere<{ chatId: number }>(tab2, 'chat:current-changed', (p) => p.chatId !== old);
  ok(await tab1.emitWithAck('chat:new', {}));
  const now = (await ask(tab1, 'About shipping')).sent.chat.id;
  assert.is((await afterNew).chatId, now, 'the other tab follows the new conversation');
  const view = ok(await tab1.emitWithAck('chat:open', { chatId: old }));
  assert.equal([view.chat.id, view.current], [old, false]);
  const changed = nextEventWhere<{ chatId: number }>(tab2, 'chat:current-changed', (p) => p.chatId === old);
  await ask(tab1, 'One more on returns', { chatId: old });
  assert.is((await changed).chatId, old);
  assert.is(ok(await tab2.emitWithAck('chat:current', {}))!.chat.id, old);
  const back = ok(await tab2.emitWithAck('chat:continue', { chatId: now }));
  assert.ok(back.current);
  const nothing = await (await app.connect(await app.guestCookie())).emitWithAck('chat:continue', {});
  assert.is(!nothing.ok && nothing.error.code, 'not_found');
});

test('[RES4] the data export lists conversations; deleting the account deletes them', async ({ app }) => {
  const { cookie, password } = await app.register();
  const socket = await app.connect(cookie);
  const { sent } = await ask(socket, 'Where is my parcel?');
  const exported = (await (await app.api('/api/auth/export', { cookie })).json()) as {
    conversations: { messages: { role: string; text: string }[] }[];
  };
  assert.equal(
    exported.conversations[0]!.messages.map((m) => m.text),
    ['Where is my parcel?', 'You said: Where is my parcel?'],
  );
  const res = await app.api('/api/auth/account', { method: 'DELETE', body: { password }, cookie });
  assert.is(res.status, 200);
  assert.is(app.ctx.db.select().from(chats).where(eq(chats.id, sent.chat.id)).get(), undefined);
});

test('[RES5] guest conversations of sessions that no longer exist are purged', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const { sent } = await ask(socket, 'Hello');
  app.ctx.db.update(chats).set({ sessionId: 'gone' }).where(eq(chats.id, sent.chat.id)).run();
  assert.ok(purgeOrphanGuestChats(app.ctx.db) >= 1);
  assert.is(app.ctx.db.select().from(chats).where(eq(chats.id, sent.chat.id)).get(), undefined);
});

test.run();
