import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { GOOD_PASSWORD, startTestApp, type TestApp } from '../../test/harness.js';
import { expectError } from '../../test/helpers.js';
import { expectThrottled, failTimes, loginFrom, WRONG_PASSWORD } from '../../test/throttle-helpers.js';
import { THROTTLE_RULES } from './login-throttle.js';

/**
 * Guessing must not become a way to lock an owner out (OWASP authentication cheat sheet):
 * throttles per account and address and per address; the per-account limit is far higher and
 * never holds back a browser whose device cookie says it signed in to the account before.
 */
const test = suite<{ app: TestApp }>('sign-in lockout is not a denial of service');

test.before.each(async (ctx) => {
  ctx.app = await startTestApp({ TRUST_PROXY: '1' });
});
test.after.each(async ({ app }) => app.stop());

/** The `vx_device=…` pair a successful sign-in set. */
function deviceCookieFrom(res: Response): string {
  assert.is(res.status, 200);
  const set = res.headers.getSetCookie().find((c) => c.startsWith('vx_device='));
  assert.ok(set, 'a device cookie is set');
  assert.match(set, /; HttpOnly/);
  assert.match(set, /; SameSite=Lax/);
  assert.match(set, /Max-Age=31536000/);
  return set.split(';')[0]!;
}

/** One wrong password from each of `n` different addresses: no address or pair is throttled. */
async function guessFromManyAddresses(app: TestApp, email: string, n: number) {
  for (let i = 0; i < n; i++) await failTimes(app, 1, email, `203.0.${Math.floor(i / 250)}.${(i % 250) + 1}`);
}

test('20 wrong passwords from two addresses: the owner signs in from a new address, the guesser stays throttled', async ({
  app,
}) => {
  const { email } = await app.register();
  const attackers = ['203.0.113.1', '203.0.113.2'];
  const statuses = [];
  for (let i = 0; i < 20; i++) statuses.push((await loginFrom(app, email, WRONG_PASSWORD, attackers[i % 2])).status);
  assert.equal(statuses.filter((s) => s === 401).length, 10, 'five free guesses per address, then 429');

  const owner = await loginFrom(app, email, GOOD_PASSWORD, '198.51.100.20');
  assert.is(owner.status, 200, await owner.clone().text());

  for (const ip of attackers) await expectThrottled(await loginFrom(app, email, WRONG_PASSWORD, ip), 1000);
  app.clock.advance(1000);
  for (const ip of attackers) await failTimes(app, 1, email, ip);
  for (const ip of attackers) await expectThrottled(await loginFrom(app, email, GOOD_PASSWORD, ip), 2000);
});

test('past the per-account limit new devices wait; a device that signed in before gets in', async ({ app }) => {
  const { email } = await app.register();
  const other = await app.register();
  const phone = deviceCookieFrom(await loginFrom(app, email, GOOD_PASSWORD, '198.51.100.1'));
  const theirs = deviceCookieFrom(await loginFrom(app, other.email, GOOD_PASSWORD, '198.51.100.1'));

  await guessFromManyAddresses(app, email, THROTTLE_RULES.email.freeFailures);
  const laptop = '198.51.100.2';
  await expectThrottled(await loginFrom(app, email, GOOD_PASSWORD, laptop), 1000);
  await expectThrottled(await loginFrom(app, email, GOOD_PASSWORD, laptop, theirs), 1000);
  await expectThrottled(await loginFrom(app, email, GOOD_PASSWORD, laptop, 'vx_device=Fe26.2**forged'), 1000);

  const known = await loginFrom(app, email, GOOD_PASSWORD, laptop, phone);
  assert.is(known.status, 200, 'the known device signs in, even from a new address');
  deviceCookieFrom(known);
  // The owner's success does not give the guessers their account budget back.
  await expectThrottled(await loginFrom(app, email, GOOD_PASSWORD, '198.51.100.3'), 1000);
});

test('wrong passwords on a known device are throttled per device, and a success clears them', async ({ app }) => {
  const { email } = await app.register();
  const phone = deviceCookieFrom(await loginFrom(app, email, GOOD_PASSWORD));
  const fromPhone = (password: string) => loginFrom(app, email, password, '198.51.100.1', phone);
  for (let i = 0; i < THROTTLE_RULES.device.freeFailures; i++)
    await expectError(await fromPhone(WRONG_PASSWORD), 401, 'unauthorized');
  await expectThrottled(await fromPhone(GOOD_PASSWORD), 1000);
  assert.is(
    (await loginFrom(app, email, GOOD_PASSWORD, '198.51.100.1')).status,
    200,
    'the guesses were not counted for the account or this address and account',
  );
  app.clock.advance(1000);
  assert.is((await fromPhone(GOOD_PASSWORD)).status, 200);
  await expectError(await fromPhone(WRONG_PASSWORD), 401, 'unauthorized');
  assert.is((await fromPhone(GOOD_PASSWORD)).status, 200, 'the success reset the device counter');
});

test('a password change retires every device cookie issued before it: old cookies are new devices again', async ({
  app,
}) => {
  const { email, cookie } = await app.register();
  // Someone who once knew the password collected a device cookie.
  const stolen = deviceCookieFrom(await loginFrom(app, email, GOOD_PASSWORD, '198.51.100.7'));
  const newPassword = 'amber-lantern-93';
  const changed = await app.api('/api/auth/password', {
    body: { currentPassword: GOOD_PASSWORD, newPassword },
    cookie,
    headers: { 'x-forwarded-for': '198.51.100.8' },
  });
  assert.is(changed.status, 200);
  // With the old cookie, guesses count against the account like any new device's: past its limit all wait.
  await guessFromManyAddresses(app, email, THROTTLE_RULES.email.freeFailures);
  await expectThrottled(await loginFrom(app, email, newPassword, '198.51.100.9', stolen), 1000);
});

test('deleting an account forgets its counters, and only its own: the email registered again starts afresh', async ({
  app,
}) => {
  const { cookie, email } = await app.register();
  const other = await app.register();
  const guesser = '203.0.113.9';
  await failTimes(app, THROTTLE_RULES.pair.freeFailures, email, guesser);
  await failTimes(app, THROTTLE_RULES.pair.freeFailures, other.email, guesser);
  const deleted = await app.api('/api/auth/account', {
    method: 'DELETE',
    body: { password: GOOD_PASSWORD },
    cookie,
    headers: { 'x-forwarded-for': '198.51.100.5' },
  });
  assert.is(deleted.status, 200);
  await app.register(email);
  assert.is((await loginFrom(app, email, GOOD_PASSWORD, guesser)).status, 200);
  await expectThrottled(await loginFrom(app, other.email, GOOD_PASSWORD, guesser), 1000);
});

test.run();
