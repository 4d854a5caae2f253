import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { contactMessages, sessions, users } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { cookieFrom, GOOD_PASSWORD, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectError, refillAuthBucket, rowCount, sessionIdOf, userByEmail, whoIs } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('auth endpoints');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.before.each(({ app }) => refillAuthBucket(app));
test.after(async ({ app }) => app.stop());

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const login = (app: TestApp, email: string, password: string) =>
  app.api('/api/auth/login', { body: { email, password } });

async function sendContact(app: TestApp, cookie: string, message: string) {
  const socket = await app.connect(cookie);
  const res = await socket.emitWithAck('contact:send', {
    name: 'Ada',
    email: 'ada@example.com',
    topic: 'order',
    message,
  });
  socket.disconnect();
  ok(res, 'contact:send');
}

test('GET /me: a first visit gets a guest session, a second reuses it', async ({ app }) => {
  const first = await app.api('/api/auth/me');
  assert.is(first.status, 200);
  assert.equal(await first.json(), { user: null });
  const cookie = cookieFrom(first);
  const again = await app.api('/api/auth/me', { cookie });
  assert.equal(await again.json(), { user: null });
  assert.is(again.headers.getSetCookie().length, 0, 'no new session for a live one');
  assert.is(again.headers.get('cache-control'), 'no-store');
  assert.is(again.headers.get('x-content-type-options'), 'nosniff');
});

test('POST /register: 201, the viewer and a session cookie', async ({ app }) => {
  const email = uniqueEmail();
  const res = await app.api('/api/auth/register', {
    body: { email: `  ${email.toUpperCase()} `, name: '  Ada Lovelace ', password: GOOD_PASSWORD },
  });
  assert.is(res.status, 201);
  const body = (await res.json()) as { user: Record<string, unknown> };
  const row = userByEmail(app, email)!;
  assert.equal(body, {
    user: {
      id: row.id,
      email,
      name: 'Ada Lovelace',
      role: 'shopper',
      createdAt: new Date(app.clock.now).toISOString(),
      emailVerified: false,
    },
  });
  assert.is(await whoIs(app, cookieFrom(res)), email);
  assert.match(row.passwordHash, /^\$2[aby]\$04\$/, 'a bcrypt hash at the configured cost');
  assert.not.match(row.passwordHash, GOOD_PASSWORD);
});

test('POST /register: a taken email (any case, spaces) is 409 with fields.email and creates nothing', async ({
  app,
}) => {
  const { email } = await app.register();
  const before = rowCount(app, users);
  const res = await app.api('/api/auth/register', {
    body: { email: ` ${email.toUpperCase()}  `, name: 'Twin', password: GOOD_PASSWORD },
  });
  const error = await expectError(res, 409, 'conflict', ['email']);
  assert.equal([error.reason, error.fields!.email], ['email_taken', { code: 'email_taken' }]);
  assert.is(rowCount(app, users), before);
});

test('POST /login: the viewer and a session cookie; the email matches in any case', async ({ app }) => {
  const { email } = await app.register();
  const res = await login(app, ` ${email.toUpperCase()}`, GOOD_PASSWORD);
  assert.is(res.status, 200);
  const body = (await res.json()) as { user: { email: string; role: string } };
  assert.is(body.user.email, email);
  assert.is(body.user.role, 'shopper');
  assert.is(await whoIs(app, cookieFrom(res)), email);
});

test('POST /login: a wrong password is 401 without a cookie', async ({ app }) => {
  const { email } = await app.register();
  const res = await login(app, email, 'not-the-password');
  const error = await expectError(res, 401, 'unauthorized', []);
  assert.is(error.reason, 'wrong_credentials');
  assert.is(res.headers.getSetCookie().length, 0);
});

test('POST /password: afterwards only the new password signs in', async ({ app }) => {
  const { cookie, email } = await app.register();
  app.clock.advance(1000);
  const res = await app.api('/api/auth/password', {
    body: { currentPassword: GOOD_PASSWORD, newPassword: 'a-brand-new-passphrase' },
    cookie,
  });
  assert.is(res.status, 200);
  assert.is(((await res.json()) as { user: { email: string } }).user.email, email);
  assert.is(userByEmail(app, email)!.passwordChangedAt, app.clock.now);
  await expectError(await login(app, email, GOOD_PASSWORD), 401, 'unauthorized');
  assert.is((await login(app, email, 'a-brand-new-passphrase')).status, 200);
});

test('DELETE /account: the user and their contact messages are gone; sign-in fails', async ({ app }) => {
  const { cookie, email } = await app.register();
  const keeper = await app.register();
  await sendContact(app, cookie, 'My order has not arrived yet.');
  await sendContact(app, keeper.cookie, 'Another customer writes in.');
  const userId = userByEmail(app, email)!.id;
  assert.is(app.ctx.db.select().from(contactMessages).where(eq(contactMessages.userId, userId)).all().length, 1);

  const res = await app.api('/api/auth/account', { method: 'DELETE', body: { password: GOOD_PASSWORD }, cookie });
  assert.is(res.status, 200);
  assert.equal(await res.json(), { user: null });
  assert.is(await whoIs(app, cookieFrom(res)), null, 'a fresh guest session');
  assert.is(userByEmail(app, email), undefined);
  assert.is(app.ctx.db.select().from(contactMessages).where(eq(contactMessages.userId, userId)).all().length, 0);
  const left = app.ctx.db.select().from(contactMessages).all();
  assert.equal(
    left.map((m) => m.message),
    ['Another customer writes in.'],
    "other users' messages stay",
  );
  await expectError(await login(app, email, GOOD_PASSWORD), 401, 'unauthorized');
  assert.is(
    (await app.api('/api/auth/register', { body: { email, name: 'Back Again', password: GOOD_PASSWORD } })).status,
    201,
    'the email is free again',
  );
});

test('GET /export: a JSON attachment with account, sessions and contact messages, and no secrets', async ({ app }) => {
  const { cookie, email } = await app.register();
  const other = cookieFrom(await login(app, email, GOOD_PASSWORD));
  await sendContact(app, cookie, 'Do you repair scratched lenses?');
  const res = await app.api('/api/auth/export', { cookie });
  assert.is(res.status, 200);
  assert.match(res.headers.get('content-type')!, /^application\/json/);
  const day = new Date(app.clock.now).toISOString().slice(0, 10);
  assert.match(
    res.headers.get('content-disposition')!,
    new RegExp(`^attachment; filename="?visionx-data-${day}\\.json"?$`),
  );
  assert.is(res.headers.get('cache-control'), 'no-store');
  const text = await res.text();
  const data = JSON.parse(text) as {
    account: Record<string, unknown>;
    sessions: Array<Record<string, unknown>>;
    contactMessages: Array<Record<string, unknown>>;
  };
  assert.equal(Object.keys(data.account).sort(), ['createdAt', 'email', 'name', 'passwordChangedAt', 'role']);
  assert.is(data.account.email, email);
  assert.is(data.sessions.length, 2);
  assert.equal(data.sessions.map((s) => s.current).sort(), [false, true]);
  for (const s of data.sessions) {
    assert.equal(Object.keys(s).sort(), [
      'createdAt',
      'current',
      'expiresAt',
      'lastSeenAt',
      'revokedAt',
      'revokedReason',
    ]);
    assert.match(String(s.createdAt), ISO);
  }
  assert.is(data.contactMessages.length, 1);
  assert.is(data.contactMessages[0]!.message, 'Do you repair scratched lenses?');
  assert.is(data.contactMessages[0]!.topic, 'order');

  const user = userByEmail(app, email)!;
  assert.not.match(text, user.passwordHash);
  assert.not.match(text, /\$2[aby]\$/);
  assert.not.match(text, /password_?hash/i);
  const ids = app.ctx.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id)).all();
  assert.is(ids.length, 2);
  for (const { id } of ids) assert.not.match(text, id);
  assert.not.match(text, (await sessionIdOf(app, other)).slice(0, 12));
});

test('GET /export: a guest is 401', async ({ app }) => {
  await expectError(await app.api('/api/auth/export', { cookie: await app.guestCookie() }), 401, 'unauthorized');
});

test('POST /logout: afterwards /me is a guest', async ({ app }) => {
  const { cookie } = await app.register();
  const res = await app.api('/api/auth/logout', { body: {}, cookie });
  assert.is(res.status, 200);
  assert.equal(await res.json(), { user: null });
  assert.is(await whoIs(app, cookieFrom(res)), null);
  assert.is(await whoIs(app, cookie), null);
});

test('POST /logout as a guest without a session still hands out a guest cookie', async ({ app }) => {
  const res = await app.api('/api/auth/logout', { body: {} });
  assert.is(res.status, 200);
  assert.is(await whoIs(app, cookieFrom(res)), null);
});

test('GET /healthz answers', async ({ app }) => {
  const res = await app.api('/healthz');
  assert.equal([res.status, await res.json()], [200, { ok: true }]);
});

test.run();
