import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mailsTo } from '../../test/account-helpers.js';
import { ok } from '../../test/ack.js';
import { cookieFrom, GOOD_PASSWORD, nextEvent, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { recordEvents, refillAuthBucket, userByEmail, whoIs } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('profile: name and email over the socket');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.before.each(({ app }) => refillAuthBucket(app));
test.after(async ({ app }) => app.stop());

/** A shopper signed in on two devices, a tab on each, and another shopper's tab. */
async function twoDevices(app: TestApp) {
  const { email, cookie } = await app.register();
  const login = await app.api('/api/auth/login', { body: { email, password: GOOD_PASSWORD } });
  const here = await app.connect(cookie);
  const there = await app.connect(cookieFrom(login));
  const other = await app.connect((await app.register()).cookie);
  return { email, cookie, here, there, other, otherSaw: recordEvents(other) };
}

test('[ACCT10] a new name is acked, stored and pushed to every tab of the user, and to nobody else', async ({
  app,
}) => {
  const { email, here, there, other, otherSaw } = await twoDevices(app);
  const pushed = nextEvent(there, 'account:profile-changed');
  const viewer = ok(await here.emitWithAck('account:update-profile', { name: '  Ada Byron ' }));
  assert.is(viewer.user!.name, 'Ada Byron');
  assert.equal(await pushed, viewer);
  assert.is(userByEmail(app, email)!.name, 'Ada Byron');
  ok(await other.emitWithAck('session:whoami', {}));
  assert.equal(
    otherSaw.filter(([e]) => e === 'account:profile-changed'),
    [],
  );
});

test('[ACCT10] a name the schema refuses changes nothing; guests are refused', async ({ app }) => {
  const { email, here } = await twoDevices(app);
  const cases: Array<[unknown, string]> = [
    [{}, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(81) }, 'name'],
    [{ name: 'Ada <b>' }, 'name'],
    [{ name: 'Ada', email: 'x@example.com' }, 'email'],
  ];
  for (const [payload, field] of cases) {
    const ack = await here.emitWithAck('account:update-profile', payload as never);
    assert.is(ack.ok, false);
    if (!ack.ok) assert.equal([ack.error.code, Object.keys(ack.error.fields ?? {})], ['bad_request', [field]]);
  }
  assert.is(userByEmail(app, email)!.name, 'Test Shopper');
  const guest = await app.connect(await app.guestCookie());
  const refused = await guest.emitWithAck('account:update-profile', { name: 'Guest' });
  assert.equal(refused, { ok: false, error: { code: 'unauthorized', reason: 'sign_in_first' } });
});

test('[ACCT11] a new email needs the current password; it is unverified, gets a link, and every tab is told', async ({
  app,
}) => {
  const { email, cookie, here, there } = await twoDevices(app);
  const next = uniqueEmail();
  const wrong = await here.emitWithAck('account:change-email', { email: next, currentPassword: 'not-the-password' });
  assert.equal(wrong, {
    ok: false,
    error: { code: 'unauthorized', reason: 'wrong_password', fields: { currentPassword: { code: 'wrong_password' } } },
  });
  assert.ok(userByEmail(app, email), 'unchanged after a wrong password');

  const pushed = nextEvent(there, 'account:profile-changed');
  const viewer = ok(
    await here.emitWithAck('account:change-email', { email: ` ${next.toUpperCase()}`, currentPassword: GOOD_PASSWORD }),
  );
  assert.equal([viewer.user!.email, viewer.user!.emailVerified], [next, false]);
  assert.equal(await pushed, viewer);
  assert.is(userByEmail(app, email), undefined);
  assert.is(userByEmail(app, next)!.emailVerifiedAt, null);
  assert.is(mailsTo(app, next, 'verify_email').length, 1, 'a link to the new address');
  assert.is(await whoIs(app, cookie), next, 'still signed in');
  const signIn = await app.api('/api/auth/login', { body: { email: next, password: GOOD_PASSWORD } });
  assert.is(signIn.status, 200);
});

test('[ACCT11] an email of another account is refused (email_taken) and changes nothing', async ({ app }) => {
  const { email, here } = await twoDevices(app);
  const taken = (await app.register()).email;
  const ack = await here.emitWithAck('account:change-email', { email: taken, currentPassword: GOOD_PASSWORD });
  assert.equal(ack, {
    ok: false,
    error: { code: 'conflict', reason: 'email_taken', fields: { email: { code: 'email_taken' } } },
  });
  assert.ok(userByEmail(app, email));
  assert.is(mailsTo(app, taken, 'verify_email').length, 1, 'only its own sign-up link');
});

test('[ACCT11] wrong passwords are throttled like sign-in; bad payloads are refused', async ({ app }) => {
  const { here } = await twoDevices(app);
  const next = uniqueEmail();
  for (let i = 0; i < 5; i++) {
    const ack = await here.emitWithAck('account:change-email', { email: next, currentPassword: 'not-the-password' });
    assert.is(ack.ok ? 'ok' : ack.error.reason, 'wrong_password');
  }
  const held = await here.emitWithAck('account:change-email', { email: next, currentPassword: GOOD_PASSWORD });
  assert.is(held.ok ? 'ok' : held.error.reason, 'too_many_attempts');
  const cases: unknown[] = [
    {},
    { email: next },
    { email: 'not-an-email', currentPassword: GOOD_PASSWORD },
    { email: next, currentPassword: '' },
    { email: next, currentPassword: GOOD_PASSWORD, name: 'x' },
  ];
  for (const payload of cases) {
    const ack = await here.emitWithAck('account:change-email', payload as never);
    assert.is(ack.ok ? 'ok' : ack.error.code, 'bad_request', JSON.stringify(payload));
  }
});

test.run();
