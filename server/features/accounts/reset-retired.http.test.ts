import { and, eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { accountTokens, users } from '../../db/schema.js';
import { afterAnswer, linkTokenIn } from '../../test/account-helpers.js';
import { ok } from '../../test/ack.js';
import { GOOD_PASSWORD, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectError, userByEmail } from '../../test/helpers.js';
import { loginFrom } from '../../test/throttle-helpers.js';
import { hashToken } from '../auth/account-tokens.js';

const test = suite<{ app: TestApp }>('reset and verification links retired by account changes');

test.before(async (ctx) => {
  ctx.app = await startTestApp({ TRUST_PROXY: '1' });
});
// A fresh hour for the reset limits, and a fresh minute for password checks.
test.before.each(({ app }) => app.clock.advance(60 * 60_000));
test.after(async ({ app }) => app.stop());

const NEW_PASSWORD = 'a-brand-new-passphrase';
const reset = (app: TestApp, token: string, password = NEW_PASSWORD) =>
  app.api('/api/auth/password/reset', { body: { token, password } });

async function resetLink(app: TestApp, email: string): Promise<string> {
  assert.is((await app.api('/api/auth/password/forgot', { body: { email } })).status, 202);
  await afterAnswer();
  return linkTokenIn(app, email, 'password_reset', 'reset-password');
}

const usedAt = (app: TestApp, token: string) =>
  app.ctx.db
    .select()
    .from(accountTokens)
    .where(eq(accountTokens.tokenHash, hashToken(token)))
    .get()!.usedAt;

const unusedTokens = (app: TestApp, userId: number, purpose: 'password_reset' | 'email_verification') =>
  app.ctx.db
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose)))
    .all()
    .filter((t) => t.usedAt === null);

test('[ACCT13] an email change retires the reset and verification links sent before it', async ({ app }) => {
  const { email, cookie } = await app.register();
  const token = await resetLink(app, email);
  const userId = userByEmail(app, email)!.id;
  const socket = await app.connect(cookie);
  const next = uniqueEmail();
  ok(await socket.emitWithAck('account:change-email', { email: next, currentPassword: GOOD_PASSWORD }));

  assert.is(usedAt(app, token), app.clock.now, 'retired in the change’s transaction');
  assert.equal(unusedTokens(app, userId, 'password_reset'), []);
  assert.equal(
    unusedTokens(app, userId, 'email_verification').map((t) => t.email),
    [next],
    'only the link to the new address works',
  );
  const refused = await expectError(await reset(app, token), 400, 'bad_request');
  assert.is(refused.reason, 'token_used');
  assert.is((await loginFrom(app, next, GOOD_PASSWORD)).status, 200, 'the password is unchanged');
});

test('[ACCT13] a password change retires the reset links sent before it', async ({ app }) => {
  const { email, cookie } = await app.register();
  const token = await resetLink(app, email);
  const changed = await app.api('/api/auth/password', {
    body: { currentPassword: GOOD_PASSWORD, newPassword: 'the-password-i-chose' },
    cookie,
  });
  assert.is(changed.status, 200);
  assert.is(usedAt(app, token), app.clock.now);
  const refused = await expectError(await reset(app, token), 400, 'bad_request');
  assert.is(refused.reason, 'token_used');
  assert.is((await loginFrom(app, email, 'the-password-i-chose')).status, 200, 'the chosen password stands');
  await expectError(await loginFrom(app, email, NEW_PASSWORD), 401, 'unauthorized');
});

test('[ACCT13] a reset link to an address the account no longer has is token_invalid, spent, and changes nothing', async ({
  app,
}) => {
  const { email } = await app.register();
  const token = await resetLink(app, email);
  // An email changed while the link stayed unused (as links from before retiring on change did).
  const next = uniqueEmail();
  app.ctx.db.update(users).set({ email: next }).where(eq(users.email, email)).run();

  const refused = await expectError(await reset(app, token), 400, 'bad_request');
  assert.is(refused.reason, 'token_invalid');
  assert.is(usedAt(app, token), app.clock.now, 'the link is spent');
  assert.is((await loginFrom(app, next, GOOD_PASSWORD)).status, 200, 'the password is unchanged');
  await expectError(await loginFrom(app, next, NEW_PASSWORD), 401, 'unauthorized');
});

test.run();
