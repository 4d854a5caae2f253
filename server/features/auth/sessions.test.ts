import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ok } from '../../test/ack.js';
import { cookieFrom, GOOD_PASSWORD, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectRejected, refillAuthBucket, sessionIdOf, sessionRow, signInStaff, whoIs } from '../../test/helpers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const test = suite<{ app: TestApp }>('sessions');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.before.each(({ app }) => refillAuthBucket(app));
test.after(async ({ app }) => app.stop());

const login = (app: TestApp, email: string, password = GOOD_PASSWORD, cookie?: string) =>
  app.api('/api/auth/login', { body: { email, password }, cookie });

/** The old cookie is dead: /me makes a new guest, and a socket handshake is refused. */
async function assertDead(app: TestApp, cookie: string) {
  const res = await app.api('/api/auth/me', { cookie });
  assert.equal(await res.json(), { user: null });
  const fresh = cookieFrom(res);
  assert.is.not(await sessionIdOf(app, fresh), await sessionIdOf(app, cookie), 'a new guest session');
  await expectRejected(app.connect(cookie), 'unauthorized');
}

test('register issues a new session id and the guest cookie dies', async ({ app }) => {
  const guest = await app.guestCookie();
  const guestSid = await sessionIdOf(app, guest);
  const email = uniqueEmail();
  const res = await app.api('/api/auth/register', {
    body: { email, name: 'Rota', password: GOOD_PASSWORD },
    cookie: guest,
  });
  assert.is(res.status, 201);
  const cookie = cookieFrom(res);
  assert.is.not(await sessionIdOf(app, cookie), guestSid);
  assert.is(sessionRow(app, guestSid)?.revokedReason, 'rotated');
  assert.is(sessionRow(app, guestSid)?.revokedAt, app.clock.now);
  assert.is(await whoIs(app, cookie), email);
  await assertDead(app, guest);
});

test('login issues a new session id and the previous cookie dies', async ({ app }) => {
  const { cookie: first, email } = await app.register();
  const res = await login(app, email, GOOD_PASSWORD, first);
  assert.is(res.status, 200);
  const second = cookieFrom(res);
  const [firstSid, secondSid] = [await sessionIdOf(app, first), await sessionIdOf(app, second)];
  assert.is.not(secondSid, firstSid);
  assert.is(sessionRow(app, firstSid)?.revokedReason, 'rotated');
  assert.is(sessionRow(app, secondSid)?.revokedAt, null);
  assert.is(await whoIs(app, second), email);
  await assertDead(app, first);
});

test('logout revokes the session and hands out a fresh guest', async ({ app }) => {
  const { cookie } = await app.register();
  const sid = await sessionIdOf(app, cookie);
  const res = await app.api('/api/auth/logout', { body: {}, cookie });
  assert.equal(await res.json(), { user: null });
  const guest = cookieFrom(res);
  assert.is.not(await sessionIdOf(app, guest), sid);
  assert.is(await whoIs(app, guest), null);
  assert.is(sessionRow(app, sid)?.revokedReason, 'signed_out');
  await assertDead(app, cookie);
});

test('a password change ends every other session of the user and gives this device a new session id', async ({
  app,
}) => {
  const { cookie: a, email } = await app.register();
  const b = cookieFrom(await login(app, email));
  const c = cookieFrom(await login(app, email));
  const { cookie: stranger, email: strangerEmail } = await app.register();
  const res = await app.api('/api/auth/password', {
    body: { currentPassword: GOOD_PASSWORD, newPassword: 'a-brand-new-passphrase' },
    cookie: b,
  });
  assert.is(res.status, 200);
  const renewed = cookieFrom(res);
  const [oldId, newId] = [await sessionIdOf(app, b), await sessionIdOf(app, renewed)];
  assert.is.not(newId, oldId, 'a new session id for this device');
  assert.is(sessionRow(app, oldId)?.revokedReason, 'rotated');
  assert.is(sessionRow(app, newId)?.revokedAt, null);
  assert.is(await whoIs(app, renewed), email);
  await assertDead(app, b);
  for (const other of [a, c]) {
    assert.is(sessionRow(app, await sessionIdOf(app, other))?.revokedReason, 'password_changed');
    await assertDead(app, other);
  }
  assert.is(await whoIs(app, stranger), strangerEmail, "another user's session is untouched");
});

test('account deletion ends every session of the user', async ({ app }) => {
  const { cookie: a, email, password } = await app.register();
  const b = cookieFrom(await login(app, email));
  const [sidA, sidB] = [await sessionIdOf(app, a), await sessionIdOf(app, b)];
  const res = await app.api('/api/auth/account', { method: 'DELETE', body: { password }, cookie: b });
  assert.is(res.status, 200);
  for (const sid of [sidA, sidB]) {
    const row = sessionRow(app, sid);
    assert.is(row?.revokedReason, 'account_deleted');
    assert.is(row?.revokedAt, app.clock.now);
    assert.is(row?.userId, null, 'no link to the erased user is kept');
  }
  await assertDead(app, a);
  await assertDead(app, b);
});

test('shopper: 7 days idle ends the session', async ({ app }) => {
  const idle = await app.register();
  const busy = await app.register();
  app.clock.advance(7 * DAY - 1);
  assert.is(await whoIs(app, busy.cookie), busy.email, 'alive at 7 days less 1 ms');
  app.clock.advance(1);
  await assertDead(app, idle.cookie);
  assert.is(sessionRow(app, await sessionIdOf(app, idle.cookie))?.revokedAt, null, 'expired, not revoked');
  assert.is(await whoIs(app, busy.cookie), busy.email, 'the request 1 ms ago counted as activity');
});

test('shopper: activity within 7 days keeps the session alive, over HTTP or the socket', async ({ app }) => {
  const { cookie, email } = await app.register();
  const socket = await app.connect(cookie);
  for (let i = 0; i < 2; i++) {
    app.clock.advance(6 * DAY);
    assert.is(await whoIs(app, cookie), email, `after ${(i + 1) * 6} days`);
  }
  app.clock.advance(6 * DAY);
  const who = ok(await socket.emitWithAck('session:whoami', {}), 'a socket request after 18 days');
  assert.is(who.user?.email, email, 'a socket request after 18 days');
  app.clock.advance(6 * DAY);
  assert.is(
    await whoIs(app, cookie),
    email,
    'alive after 24 days, 12 of them without HTTP, thanks to the socket request',
  );
});

test('shopper: 30 days absolute, even with activity', async ({ app }) => {
  const { cookie, email } = await app.register();
  for (const step of [6, 6, 6, 6, 5]) {
    app.clock.advance(step * DAY);
    assert.is(await whoIs(app, cookie), email);
  }
  app.clock.advance(DAY - 1); // 30 days less 1 ms
  (await app.connect(cookie)).disconnect();
  app.clock.advance(1);
  await assertDead(app, cookie);
});

test('staff: 30 minutes idle ends the session', async ({ app }) => {
  const { cookie, email, res } = await signInStaff(app);
  assert.match(res.headers.getSetCookie()[0]!, /Max-Age=43200(;|$)/);
  app.clock.advance(30 * MINUTE - 1);
  assert.is(await whoIs(app, cookie), email);
  app.clock.advance(30 * MINUTE);
  await assertDead(app, cookie);
});

test('staff: 12 hours absolute, even with activity', async ({ app }) => {
  const { cookie, email } = await signInStaff(app);
  let elapsed = 0;
  while (elapsed + 29 * MINUTE < 12 * HOUR) {
    app.clock.advance(29 * MINUTE);
    elapsed += 29 * MINUTE;
    assert.is(await whoIs(app, cookie), email, `after ${elapsed / MINUTE} minutes`);
  }
  app.clock.advance(12 * HOUR - elapsed - 1);
  assert.is(await whoIs(app, cookie), email, '12 h less 1 ms');
  app.clock.advance(1);
  await assertDead(app, cookie);
});

test('the cookie is sealed, HttpOnly, SameSite=Lax, Path=/', async ({ app }) => {
  const res = await app.api('/api/auth/register', {
    body: { email: uniqueEmail(), name: 'Cookie', password: GOOD_PASSWORD },
  });
  const header = res.headers.getSetCookie().find((c) => c.startsWith('vx_session='))!;
  const attrs = header.split(';').map((p) => p.trim().toLowerCase());
  for (const attr of ['httponly', 'samesite=lax', 'path=/', `max-age=${(30 * DAY) / 1000}`])
    assert.ok(attrs.includes(attr), `${attr} in ${header}`);
  assert.not.ok(attrs.includes('secure'), 'plain http in development and tests');
  assert.not.ok(attrs.some((a) => a.startsWith('domain=')));
  const value = decodeURIComponent(header.split(';')[0]!.slice('vx_session='.length));
  const sid = await sessionIdOf(app, header.split(';')[0]!);
  assert.not.match(value, sid);
  assert.not.match(value, sid.slice(0, 16));
  assert.not.match(value, Buffer.from(sid).toString('base64').slice(0, 16));
  assert.match(value, /^Fe26\.2\*/, 'an iron seal');
});

test.run();

const production = suite('session cookie in production');

production('is named __Host-vx_session and is Secure', async () => {
  const app = await startTestApp({ NODE_ENV: 'production', BCRYPT_COST: '10' });
  try {
    const { cookie, email } = await app.register();
    assert.ok(cookie.startsWith('__Host-vx_session='), cookie.slice(0, 30));
    const me = await app.api('/api/auth/me');
    const header = me.headers.getSetCookie()[0]!;
    assert.match(header, /^__Host-vx_session=/);
    const attrs = header.split(';').map((p) => p.trim().toLowerCase());
    for (const attr of ['secure', 'httponly', 'samesite=lax', 'path=/'])
      assert.ok(attrs.includes(attr), `${attr} in ${header}`);
    assert.not.ok(
      attrs.some((a) => a.startsWith('domain=')),
      '__Host- cookies carry no Domain',
    );
    assert.is(await whoIs(app, cookie), email);
    assert.is(await whoIs(app, cookie.replace('__Host-', '')), null, 'the unprefixed name is not read');
  } finally {
    await app.stop();
  }
});

production.run();
