import { sealData } from 'iron-session';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import { chats, contactMessages, sessions } from '../db/schema.js';
import { newSessionId } from '../features/auth/sessions.repo.js';
import { ok } from '../test/ack.js';
import { cookieFrom, GOOD_PASSWORD, nextEvent, startTestApp, type TestApp, type TestSocket } from '../test/harness.js';
import { expectRejected, recordEvents, refillAuthBucket, rowCount, sessionIdOf } from '../test/helpers.js';
import type { SessionEndReason } from '../../shared/session.js';

const test = suite<{ app: TestApp }>('socket handshake and session end');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.before.each(({ app }) => refillAuthBucket(app));
test.after(async ({ app }) => app.stop());

const whoami = (socket: TestSocket) => socket.emitWithAck('session:whoami', {});
const login = async (app: TestApp, email: string, cookie?: string) =>
  cookieFrom(await app.api('/api/auth/login', { body: { email, password: GOOD_PASSWORD }, cookie }));

/** Run `act` and assert the socket is told `reason` and then disconnected by the server. */
async function expectEnded(sockets: TestSocket[], reason: SessionEndReason, act: () => Promise<unknown>) {
  const seen = sockets.map(recordEvents);
  const gone = Promise.all(sockets.map((s) => nextEvent(s, 'disconnect')));
  await act();
  await gone;
  for (const events of seen)
    assert.equal(events, [
      ['session:ended', { reason }],
      ['disconnect', 'io server disconnect'],
    ]);
}

/** A conversation held by a session, as a first message would start it. */
function startConversation(app: TestApp, sessionId: string): number {
  const row = app.ctx.db.select({ userId: sessions.userId }).from(sessions).where(eq(sessions.id, sessionId)).get()!;
  const now = app.clock.now;
  const values = {
    userId: row.userId,
    sessionId,
    department: 'sales' as const,
    createdAt: now,
    updatedAt: now,
    currentAt: now,
  };
  return app.ctx.db.insert(chats).values(values).returning({ id: chats.id }).get().id;
}

/** The socket is untouched: nothing was pushed to it and it still gets answers. */
async function expectUnaffected(socket: TestSocket, seen: Array<[string, unknown]>) {
  ok(await whoami(socket));
  assert.ok(socket.connected);
  assert.equal(seen, []);
}

test('no cookie: connect_error "unauthorized"', async ({ app }) => {
  const err = await expectRejected(app.connect(), 'unauthorized');
  assert.is((err.data as { code: string }).code, 'unauthorized');
});

test('forged and unknown cookies are refused', async ({ app }) => {
  const { cookie } = await app.register();
  const sid = await sessionIdOf(app, cookie);
  const value = cookie.slice('vx_session='.length);
  const forgeries = {
    'a random string': `vx_session=${newSessionId()}`,
    'the real id, unsealed': `vx_session=${sid}`,
    'the real id sealed with another password': `vx_session=${await sealData({ sid }, { password: 'another-password-of-at-least-32-chars!' })}`,
    'a sealed id that names no session': `vx_session=${await app.ctx.cookie.seal(newSessionId(), 'shopper')}`,
    'a sealed id that is too short': `vx_session=${await app.ctx.cookie.seal('abc', 'shopper')}`,
    'one character of the seal changed': `vx_session=${value.slice(0, 40)}${value[40] === 'A' ? 'B' : 'A'}${value.slice(41)}`,
    'the right value under another name': `vx_sess=${value}`,
  };
  for (const [label, forged] of Object.entries(forgeries)) {
    const err = await expectRejected(app.connect(forged));
    assert.is(err.message, 'unauthorized', label);
  }
  (await app.connect(cookie)).disconnect();
});

test('a revoked session is refused', async ({ app }) => {
  const { cookie } = await app.register();
  await app.api('/api/auth/logout', { body: {}, cookie });
  await expectRejected(app.connect(cookie), 'unauthorized');
});

test('logout over HTTP ends the live sockets of that session at once, and only those', async ({ app }) => {
  const { cookie, email } = await app.register();
  const other = await login(app, email); // a second session of the same user
  const [a1, a2, b] = [await app.connect(cookie), await app.connect(cookie), await app.connect(other)];
  const seenB = recordEvents(b);
  await expectEnded([a1, a2], 'signed_out', () => app.api('/api/auth/logout', { body: {}, cookie }));
  await expectUnaffected(b, seenB);
});

test('a password change ends the sockets of every session of the user; this device reconnects under its new id, conversation and all', async ({
  app,
}) => {
  const { cookie, email } = await app.register();
  const current = await login(app, email);
  const stranger = await app.register();
  const [old, mine, theirs] = [
    await app.connect(cookie),
    await app.connect(current),
    await app.connect(stranger.cookie),
  ];
  const chatId = startConversation(app, await sessionIdOf(app, current));
  const seenTheirs = recordEvents(theirs);
  let renewed = '';
  await expectEnded([old, mine], 'password_changed', async () => {
    const res = await app.api('/api/auth/password', {
      body: { currentPassword: GOOD_PASSWORD, newPassword: 'a-brand-new-passphrase' },
      cookie: current,
    });
    renewed = cookieFrom(res);
  });
  await expectRejected(app.connect(current), 'unauthorized');
  const again = await app.connect(renewed);
  assert.is(ok(await whoami(again)).user?.email, email);
  const conversation = ok(await again.emitWithAck('chat:current', {}));
  assert.is(conversation?.chat.id, chatId, "the conversation is still this login's own");
  await expectUnaffected(theirs, seenTheirs);
});

test('account deletion ends the sockets of every session of the user', async ({ app }) => {
  const { cookie, email } = await app.register();
  const second = await login(app, email);
  const stranger = await app.register();
  const [a, b, theirs] = [await app.connect(cookie), await app.connect(second), await app.connect(stranger.cookie)];
  const seenTheirs = recordEvents(theirs);
  await expectEnded([a, b], 'account_deleted', () =>
    app.api('/api/auth/account', { method: 'DELETE', body: { password: GOOD_PASSWORD }, cookie: second }),
  );
  await expectUnaffected(theirs, seenTheirs);
});

test('signing in ends the sockets of the guest session with signed_in', async ({ app }) => {
  const { email } = await app.register();
  const guest = await app.guestCookie();
  const socket = await app.connect(guest);
  let signedIn = '';
  await expectEnded([socket], 'signed_in', async () => (signedIn = await login(app, email, guest)));
  const fresh = await app.connect(signedIn);
  assert.is(ok(await whoami(fresh)).user?.email, email);
});

test('the origin check: hostile origins are refused on websocket and polling', async ({ app }) => {
  const cookie = await app.guestCookie();
  const port = new URL(app.url).port;
  for (const transports of [['websocket'], ['polling']] as const) {
    for (const origin of ['https://evil.example', `http://localhost:${port}`, 'null', `https://127.0.0.1:1`]) {
      await expectRejected(app.connect(cookie, { origin, transports: [...transports] }));
    }
    const ok = await app.connect(cookie, { transports: [...transports] });
    assert.ok((await whoami(ok)).ok, `own origin over ${transports[0]}`);
    ok.disconnect();
  }
});

test('a payload over 64 KB drops the connection; nothing is stored and the server lives on', async ({ app }) => {
  const cookie = await app.guestCookie();
  for (const transports of [['websocket'], ['polling']] as const) {
    const socket = await app.connect(cookie, { transports: [...transports] });
    const gone = nextEvent<string>(socket, 'disconnect');
    let answered = false;
    socket.emit(
      'contact:send',
      { name: 'Big', email: 'big@example.com', topic: 'other', message: 'x'.repeat(70 * 1024) },
      () => {
        answered = true;
      },
    );
    assert.match(await gone, /^transport (close|error)$/);
    assert.not.ok(answered, 'no answer to an oversize payload');
    assert.is(rowCount(app, contactMessages), 0);
  }
  const fresh = await app.connect(cookie);
  assert.ok((await whoami(fresh)).ok);
});

test('a flood of 60 requests: the first 20 are answered, the rest are rate_limited', async ({ app }) => {
  const cookie = await app.guestCookie();
  const socket = await app.connect(cookie);
  const bystander = await app.connect(await app.guestCookie());
  const results = await Promise.all(Array.from({ length: 60 }, () => whoami(socket)));
  assert.ok(
    results.slice(0, 20).every((r) => r.ok),
    'the first 20 pass',
  );
  const limited = results.slice(20);
  for (const r of limited) {
    assert.is(r.ok, false);
    if (r.ok) return;
    assert.is(r.error.code, 'rate_limited');
    assert.ok(r.error.retryAfterMs! > 0, JSON.stringify(r));
  }
  assert.ok(socket.connected, 'limited, not dropped');
  assert.ok((await whoami(bystander)).ok, 'another session has its own budget');
  const sameSession = await app.connect(cookie);
  assert.is((await whoami(sameSession)).ok, false, 'the budget is per session, not per socket');
  app.clock.advance(100);
  assert.ok((await whoami(socket)).ok, 'one token back after 100 ms');
});

test.run();

const allowed = suite<{ app: TestApp }>('ALLOWED_ORIGINS on the socket');

allowed.before(async (ctx) => {
  ctx.app = await startTestApp({ ALLOWED_ORIGINS: 'https://shop.example, https://admin.shop.example' });
});
allowed.after(async ({ app }) => app.stop());

allowed('a listed origin is accepted on both transports; an unlisted one is not', async ({ app }) => {
  const cookie = await app.guestCookie();
  for (const transports of [['websocket'], ['polling']] as const) {
    for (const origin of ['https://shop.example', 'https://admin.shop.example', app.origin]) {
      const socket = await app.connect(cookie, { origin, transports: [...transports] });
      assert.ok((await whoami(socket)).ok, `${origin} over ${transports[0]}`);
      socket.disconnect();
    }
    for (const origin of ['https://evil.example', 'http://shop.example', 'https://shop.example.evil.example']) {
      await expectRejected(app.connect(cookie, { origin, transports: [...transports] }));
    }
  }
});

allowed.run();
