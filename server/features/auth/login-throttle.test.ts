import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { GOOD_PASSWORD, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectError } from '../../test/helpers.js';
import { expectThrottled, failTimes, loginFrom, WRONG_PASSWORD } from '../../test/throttle-helpers.js';
import { delayAfter, MAX_DELAY_MS } from './login-throttle.js';

const pure = suite('delayAfter');

const DELAYS: Array<[kind: 'pair' | 'device' | 'ip' | 'email', failures: number, delayMs: number]> = [
  ['pair', 0, 0],
  ['pair', 4, 0],
  ['pair', 5, 1_000],
  ['pair', 6, 2_000],
  ['pair', 7, 4_000],
  ['pair', 14, 512_000],
  ['pair', 15, MAX_DELAY_MS],
  ['pair', 10_000, MAX_DELAY_MS],
  ['device', 4, 0],
  ['device', 5, 1_000],
  ['ip', 19, 0],
  ['ip', 20, 1_000],
  ['ip', 21, 2_000],
  ['ip', 30, MAX_DELAY_MS],
  ['email', 99, 0],
  ['email', 100, 1_000],
  ['email', 101, 2_000],
];

pure('free failures, then doubling from 1 s, capped at 15 minutes', () => {
  assert.is(MAX_DELAY_MS, 15 * 60_000);
  for (const [kind, failures, delay] of DELAYS)
    assert.is(delayAfter(failures, kind), delay, `${kind} after ${failures}`);
});

pure.run();

/** Each test gets its own app: the per-IP counters would otherwise leak between tests. */
const test = suite<{ app: TestApp }>('sign-in throttle over HTTP');

test.before.each(async (ctx) => {
  ctx.app = await startTestApp({ TRUST_PROXY: '1' });
});
test.after.each(async ({ app }) => app.stop());

const WRONG = WRONG_PASSWORD;
const login = loginFrom;

test('after 5 wrong passwords from one address even the right one gets 429 there, with Retry-After', async ({
  app,
}) => {
  const { email } = await app.register();
  await failTimes(app, 5, email);
  await expectThrottled(await login(app, email, GOOD_PASSWORD), 1000);
});

test('the delays grow, and once they pass the right password works', async ({ app }) => {
  const { email } = await app.register();
  await failTimes(app, 5, email);
  await expectThrottled(await login(app, email, WRONG), 1000);
  app.clock.advance(999);
  await expectThrottled(await login(app, email, GOOD_PASSWORD), 1);
  app.clock.advance(1);
  await failTimes(app, 1, email);
  await expectThrottled(await login(app, email, GOOD_PASSWORD), 2000);
  app.clock.advance(2000);
  await failTimes(app, 1, email);
  await expectThrottled(await login(app, email, GOOD_PASSWORD), 4000);
  app.clock.advance(4000);
  assert.is((await login(app, email, GOOD_PASSWORD)).status, 200);
  await failTimes(app, 1, email);
  assert.is((await login(app, email, GOOD_PASSWORD)).status, 200, 'a success reset the account counter');
});

test('an unknown email and a wrong password answer byte for byte the same', async ({ app }) => {
  const { email } = await app.register();
  const unknown = uniqueEmail();
  const answer = async (res: Response) => ({
    status: res.status,
    body: await res.text(),
    headers: [...res.headers.keys()].filter((h) => h !== 'date').sort(),
    retryAfter: res.headers.get('retry-after'),
  });
  for (let i = 0; i < 5; i++) {
    const [known, stranger] = [
      await answer(await login(app, email, WRONG)),
      await answer(await login(app, unknown, WRONG)),
    ];
    assert.equal(known, stranger, `failure ${i + 1}`);
    assert.is(known.status, 401);
  }
  const [known, stranger] = [
    await answer(await login(app, email, WRONG)),
    await answer(await login(app, unknown, WRONG)),
  ];
  assert.equal(known, stranger, 'throttled alike');
  assert.is(known.status, 429);
});

test('per IP: 20 failures across different emails lock out yet another email', async ({ app }) => {
  const victim = await app.register();
  const attacker = '203.0.113.66';
  for (let i = 0; i < 20; i++) await failTimes(app, 1, uniqueEmail(), attacker);
  await expectThrottled(await login(app, victim.email, GOOD_PASSWORD, attacker), 1000);
  assert.is(
    (await login(app, victim.email, GOOD_PASSWORD, '198.51.100.7')).status,
    200,
    'other IPs are not locked out',
  );
  app.clock.advance(1000);
  assert.is((await login(app, victim.email, GOOD_PASSWORD, attacker)).status, 200);
});

test('password confirmation (change, delete) shares the throttle with sign-in', async ({ app }) => {
  const { cookie, email } = await app.register();
  const change = (currentPassword: string) =>
    app.api('/api/auth/password', {
      body: { currentPassword, newPassword: 'a-brand-new-passphrase' },
      cookie,
      headers: { 'x-forwarded-for': '192.0.2.1' },
    });
  for (let i = 0; i < 5; i++) await expectError(await change(WRONG), 401, 'unauthorized', ['currentPassword']);
  await expectThrottled(await change(GOOD_PASSWORD), 1000);
  const del = await app.api('/api/auth/account', {
    method: 'DELETE',
    body: { password: GOOD_PASSWORD },
    cookie,
    headers: { 'x-forwarded-for': '192.0.2.1' },
  });
  await expectThrottled(del, 1000);
  await expectThrottled(await login(app, email, GOOD_PASSWORD), 1000);
  app.clock.advance(1000);
  assert.is((await change(GOOD_PASSWORD)).status, 200);
});

test.run();
