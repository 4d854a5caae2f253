import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { GOOD_PASSWORD, startTestApp, type TestApp } from '../../test/harness.js';
import { expectError, userByEmail } from '../../test/helpers.js';
import type { PasswordHasher } from '../../ports.js';
import { createPasswordHasher } from './password-hasher.js';

/**
 * Password change and account deletion spend hundreds of milliseconds in bcrypt. Whatever
 * happened meanwhile (a sign-out, a password change on another device) must win: the slow
 * request then changes nothing.
 */
const real = createPasswordHasher(4, 1);
const gate = { during: null as null | (() => Promise<void>) };
const hasher: PasswordHasher = {
  async hash(password) {
    await gate.during?.();
    return real.hash(password);
  },
  async verify(password, hash) {
    const ok = await real.verify(password, hash);
    await gate.during?.();
    return ok;
  },
  close: async () => {},
};

const test = suite<{ app: TestApp }>('auth: what happens during the slow password steps wins');
test.before.each(async (ctx) => {
  ctx.app = await startTestApp({}, { hasher });
  gate.during = null;
});
test.after.each(async ({ app }) => app.stop());
test.after(() => real.close());

const signIn = async (app: TestApp, email: string, password: string) =>
  app.api('/api/auth/login', { body: { email, password } });

test('signed out in another tab while the new password was hashed: 401, the password is unchanged', async ({ app }) => {
  const { cookie, email } = await app.register();
  gate.during = async () => {
    gate.during = null;
    assert.is((await app.api('/api/auth/logout', { body: {}, cookie })).status, 200);
  };
  const res = await app.api('/api/auth/password', {
    body: { currentPassword: GOOD_PASSWORD, newPassword: 'a-brand-new-passphrase' },
    cookie,
  });
  await expectError(res, 401, 'unauthorized');
  assert.is((await signIn(app, email, GOOD_PASSWORD)).status, 200, 'the old password still works');
});

test('the password changed on another device during a deletion: refused, the account stays', async ({ app }) => {
  const { cookie, email } = await app.register();
  const other = await signIn(app, email, GOOD_PASSWORD);
  const otherCookie = other.headers.get('set-cookie')!.split(';')[0]!;
  gate.during = async () => {
    gate.during = null; // the nested change below hashes too
    const changed = await app.api('/api/auth/password', {
      body: { currentPassword: GOOD_PASSWORD, newPassword: 'a-brand-new-passphrase' },
      cookie: otherCookie,
    });
    assert.is(changed.status, 200);
  };
  const res = await app.api('/api/auth/account', { method: 'DELETE', body: { password: GOOD_PASSWORD }, cookie });
  assert.ok([401, 409].includes(res.status), `status ${res.status}`);
  assert.ok(userByEmail(app, email), 'the account was not deleted');
});

test.run();
