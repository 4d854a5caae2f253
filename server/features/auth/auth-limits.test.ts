import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cookieFrom, GOOD_PASSWORD, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectError, sessionIdOf, whoIs } from '../../test/helpers.js';
import { expectThrottled, loginFrom, WRONG_PASSWORD } from '../../test/throttle-helpers.js';

/**
 * Per-address limits of /api/auth. Many shoppers share one address behind an office or carrier
 * NAT: first visits spend only a generous guest-session bucket, password checks their own.
 */
const test = suite<{ app?: TestApp }>('per-address limits of /api/auth');

test.after.each(async (ctx) => {
  await ctx.app?.stop();
  ctx.app = undefined;
});

const NAT = '192.0.2.10';
const from = (ip: string, cookie?: string) => ({ headers: { 'x-forwarded-for': ip }, cookie });

test('500 first visits from one address within a minute each open the shop: a session and a socket', async (ctx) => {
  const app = await startTestApp({ TRUST_PROXY: '1' });
  ctx.app = app;
  const sessionIds = new Set<string>();
  for (let batch = 0; batch < 10; batch++) {
    const visits = [];
    for (let i = 0; i < 50; i++) {
      app.clock.advance(100);
      const res = await app.api('/api/auth/me', from(NAT));
      assert.is(res.status, 200, `visit ${batch * 50 + i + 1}: ${await res.clone().text()}`);
      const cookie = cookieFrom(res);
      sessionIds.add(await sessionIdOf(app, cookie));
      visits.push(app.connect(cookie, from(NAT)));
    }
    for (const socket of await Promise.all(visits)) socket.disconnect();
  }
  assert.is(sessionIds.size, 500, 'every visit has its own session');
});

test('guest sessions have their own bound per address (GUEST_SESSIONS_PER_IP_PER_HOUR)', async (ctx) => {
  const app = await startTestApp({ TRUST_PROXY: '1', GUEST_SESSIONS_PER_IP_PER_HOUR: '3' });
  ctx.app = app;
  const first = cookieFrom(await app.api('/api/auth/me', from(NAT)));
  for (let i = 0; i < 2; i++) assert.is((await app.api('/api/auth/me', from(NAT))).status, 200);
  await expectThrottled(await app.api('/api/auth/me', from(NAT)), 1_200_000);
  await expectThrottled(await app.api('/api/auth/logout', { body: {}, ...from(NAT) }), 1_200_000);

  assert.is(await whoIs(app, first), null, 'a visitor who has a session is not counted');
  assert.is((await app.api('/api/auth/me', from('192.0.2.11'))).status, 200, 'another address has its own bound');
  const res = await app.api('/api/auth/register', {
    body: { email: uniqueEmail(), name: 'Office Worker', password: GOOD_PASSWORD },
    ...from(NAT),
  });
  assert.is(res.status, 201, 'signing up is a password check, not a guest session');
  app.clock.advance(1_200_000);
  assert.is((await app.api('/api/auth/me', from(NAT))).status, 200);
});

test('password checks share one bound per address (PASSWORD_CHECKS_PER_IP_PER_MINUTE); first visits do not spend it', async (ctx) => {
  const app = await startTestApp({ TRUST_PROXY: '1', PASSWORD_CHECKS_PER_IP_PER_MINUTE: '4' });
  ctx.app = app;
  const signUp = await app.api('/api/auth/register', {
    body: { email: uniqueEmail(), name: 'Office Worker', password: GOOD_PASSWORD },
    ...from(NAT),
  });
  const cookie = cookieFrom(signUp);
  const { email } = (await signUp.json()).user as { email: string };
  for (let i = 0; i < 20; i++) assert.is((await app.api('/api/auth/me', from(NAT))).status, 200);
  await expectError(await loginFrom(app, email, WRONG_PASSWORD, NAT), 401, 'unauthorized');
  const change = { currentPassword: WRONG_PASSWORD, newPassword: 'a-brand-new-passphrase' };
  await expectError(await app.api('/api/auth/password', { body: change, ...from(NAT, cookie) }), 401, 'unauthorized');
  await expectError(
    await app.api('/api/auth/account', { method: 'DELETE', body: { password: WRONG_PASSWORD }, ...from(NAT, cookie) }),
    401,
    'unauthorized',
  );

  await expectThrottled(await loginFrom(app, email, GOOD_PASSWORD, NAT), 15_000);
  assert.is((await app.api('/api/auth/me', from(NAT))).status, 200, 'first visits still open the shop');
  assert.is(
    (await loginFrom(app, email, GOOD_PASSWORD, '192.0.2.11')).status,
    200,
    'another address has its own bound',
  );
  app.clock.advance(15_000);
  assert.is((await loginFrom(app, email, GOOD_PASSWORD, NAT)).status, 200);
});

test('a client cannot choose its address: with one proxy only the address the proxy appended counts', async (ctx) => {
  const app = await startTestApp({ TRUST_PROXY: '1', PASSWORD_CHECKS_PER_IP_PER_MINUTE: '3' });
  ctx.app = app;
  // The proxy appends the peer it saw; whatever the client wrote to the left is ignored.
  const login = (spoofed: string) =>
    app.api('/api/auth/login', {
      body: { email: uniqueEmail(), password: WRONG_PASSWORD },
      headers: { 'x-forwarded-for': `${spoofed}, 192.0.2.77` },
    });
  for (let i = 0; i < 3; i++) assert.is((await login(`10.0.0.${i}`)).status, 401, `request ${i + 1}`);
  await expectThrottled(await login('10.0.0.250'), 20_000);
});

test.run();
