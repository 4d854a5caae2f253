import { eq, gt, max, sql } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { accountTokens, outbox, sessions } from '../../db/schema.js';
import { PASSWORD_RESET_TTL_MS } from '../../../shared/account.js';
import { afterAnswer, linkTokenIn, mailsTo } from '../../test/account-helpers.js';
import { cookieFrom, GOOD_PASSWORD, nextEvent, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectError, refillAuthBucket, sessionIdOf, userByEmail, whoIs } from '../../test/helpers.js';
import { enrolledShopper } from '../../test/two-factor-helpers.js';
import { failTimes, loginFrom } from '../../test/throttle-helpers.js';
import { hashToken } from '../auth/account-tokens.js';

const test = suite<{ app: TestApp }>('password reset over HTTP');

test.before(async (ctx) => {
  ctx.app = await startTestApp({ TRUST_PROXY: '1' });
});
// A fresh hour for the per-address and per-email buckets, and a fresh minute for password checks.
test.before.each(({ app }) => app.clock.advance(60 * 60_000));
test.after(async ({ app }) => app.stop());

const NEW_PASSWORD = 'a-brand-new-passphrase';
const forgot = (app: TestApp, email: string, cookie?: string) =>
  app.api('/api/auth/password/forgot', { body: { email }, cookie });
const reset = (app: TestApp, token: string, password = NEW_PASSWORD, cookie?: string) =>
  app.api('/api/auth/password/reset', { body: { token, password }, cookie });

/** Ask for a link and read it from the outbox as the mail worker would. */
async function resetLink(app: TestApp, email: string): Promise<string> {
  assert.is((await forgot(app, email)).status, 202);
  await afterAnswer();
  return linkTokenIn(app, email, 'password_reset', 'reset-password');
}

test('[ACCT1] the same answer for an email with an account and one without; only the account gets mail', async ({
  app,
}) => {
  const { email } = await app.register();
  const unknown = uniqueEmail();
  const lastBefore =
    app.ctx.db
      .select({ id: max(outbox.id) })
      .from(outbox)
      .get()!.id ?? 0;
  const known = await forgot(app, email);
  const nobody = await forgot(app, unknown);
  // Every header but the clock's is the same, byte for byte, and so is the body.
  const headers = (res: Response) => [...res.headers].filter(([name]) => name !== 'date');
  assert.equal(headers(known), headers(nobody));
  assert.equal([known.status, known.headers.getSetCookie()], [202, []], 'accepted, no cookie');
  assert.is(known.headers.get('cache-control'), 'no-store');
  assert.equal(await known.text(), await nobody.text());
  await afterAnswer();
  const queued = app.ctx.db.select().from(outbox).where(gt(outbox.id, lastBefore)).all();
  assert.equal(
    queued.map((m) => [m.kind, m.toAddress]),
    [['password_reset', email]],
    'the two requests queued exactly one email, to the account',
  );
  assert.is(queued[0]!.sealed, true, 'the link waits sealed');
  assert.is(queued[0]!.eventId.startsWith('password-reset:'), true);
});

test('[ACCT2] only the SHA-256 of the token is stored; the raw token is in no row, the outbox holds it sealed', async ({
  app,
}) => {
  const { email } = await app.register();
  const token = await resetLink(app, email);
  const row = app.ctx.db
    .select()
    .from(accountTokens)
    .where(eq(accountTokens.tokenHash, hashToken(token)))
    .get();
  assert.ok(row);
  assert.equal([row!.purpose, row!.email, row!.usedAt], ['password_reset', email, null]);
  assert.is(row!.expiresAt - row!.createdAt, PASSWORD_RESET_TTL_MS);
  const tables = app.ctx.db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table'`);
  for (const { name } of tables) {
    const rows = app.ctx.db.all(sql.raw(`SELECT * FROM "${name}"`));
    assert.not.ok(JSON.stringify(rows).includes(token), `the raw token is in table ${name}`);
  }
});

test('[ACCT3] a link works until 30 minutes have passed, then answers token_expired', async ({ app }) => {
  const early = await app.register();
  const late = await app.register();
  const earlyToken = await resetLink(app, early.email);
  const lateToken = await resetLink(app, late.email);
  app.clock.advance(PASSWORD_RESET_TTL_MS - 1);
  assert.is((await reset(app, earlyToken)).status, 200);
  app.clock.advance(1);
  const error = await expectError(await reset(app, lateToken), 400, 'bad_request');
  assert.is(error.reason, 'token_expired');
  assert.is((await loginFrom(app, late.email, GOOD_PASSWORD)).status, 200, 'the password is unchanged');
});

test('[ACCT4] a link works once; a newer link replaces an older one; an unknown token is token_invalid', async ({
  app,
}) => {
  const { email } = await app.register();
  const older = await resetLink(app, email);
  const newer = await resetLink(app, email);
  assert.is((await expectError(await reset(app, older), 400, 'bad_request')).reason, 'token_used');
  assert.is((await reset(app, newer)).status, 200);
  assert.is(
    (await expectError(await reset(app, newer, 'yet-another-passphrase'), 400, 'bad_request')).reason,
    'token_used',
  );
  assert.is((await loginFrom(app, email, NEW_PASSWORD)).status, 200);
  const unknown = await expectError(await reset(app, 'A'.repeat(43)), 400, 'bad_request');
  assert.is(unknown.reason, 'token_invalid');
});

test('[ACCT4] two resets racing with one link: exactly one succeeds', async ({ app }) => {
  const { email } = await app.register();
  const token = await resetLink(app, email);
  const [a, b] = await Promise.all([
    reset(app, token, 'first-racer-passphrase'),
    reset(app, token, 'second-racer-pass'),
  ]);
  const statuses = [a.status, b.status].sort();
  assert.equal(statuses, [200, 400]);
  const loser = a.status === 400 ? a : b;
  assert.is((await expectError(loser, 400, 'bad_request')).reason, 'token_used');
  const winner = a.status === 200 ? 'first-racer-passphrase' : 'second-racer-pass';
  assert.is((await loginFrom(app, email, winner)).status, 200);
});

test('[ACCT5] a reset ends every session of the user (sockets told and closed) and signs this browser in anew', async ({
  app,
}) => {
  const { email, cookie: first } = await app.register();
  const second = cookieFrom(await loginFrom(app, email, GOOD_PASSWORD));
  const sockets = [await app.connect(first), await app.connect(second)];
  const told = sockets.map((s) => nextEvent(s, 'session:ended'));
  const closed = sockets.map((s) => new Promise((resolve) => s.once('disconnect', resolve)));
  const token = await resetLink(app, email);
  const browser = await app.guestCookie();

  const res = await reset(app, token, NEW_PASSWORD, browser);
  assert.is(res.status, 200);
  const body = (await res.json()) as { user: { email: string } };
  assert.is(body.user.email, email);
  assert.equal(await Promise.all(told), [{ reason: 'password_changed' }, { reason: 'password_changed' }]);
  await Promise.all(closed);

  const signedIn = cookieFrom(res);
  const sid = await sessionIdOf(app, signedIn);
  const old = await Promise.all([first, second, browser].map((c) => sessionIdOf(app, c)));
  assert.not.ok(old.includes(sid), 'a new session id');
  assert.is(await whoIs(app, signedIn), email);
  for (const c of [first, second]) assert.is(await whoIs(app, c), null, 'the old sessions are over');
  const userId = userByEmail(app, email)!.id;
  const live = app.ctx.db.select().from(sessions).where(eq(sessions.userId, userId)).all();
  assert.equal(
    live.filter((s) => s.revokedAt === null).map((s) => s.id),
    [sid],
  );
  await expectError(await loginFrom(app, email, GOOD_PASSWORD), 401, 'unauthorized');
});

test('[ACCT5] a reset clears the sign-in throttle of the account', async ({ app }) => {
  const { email } = await app.register();
  await failTimes(app, 5, email);
  await expectError(await loginFrom(app, email, GOOD_PASSWORD), 429, 'rate_limited');
  const token = await resetLink(app, email);
  assert.is((await reset(app, token)).status, 200);
  assert.is((await loginFrom(app, email, NEW_PASSWORD)).status, 200, 'no wait after the reset');
});

test('[ACCT6] an account with two-step sign-in is not signed in by a reset: it must sign in with its code', async ({
  app,
}) => {
  const { email, cookie } = await enrolledShopper(app);
  refillAuthBucket(app);
  const socket = await app.connect(cookie);
  const told = nextEvent(socket, 'session:ended');
  const token = await resetLink(app, email);
  const browser = await app.guestCookie();
  const res = await reset(app, token, NEW_PASSWORD, browser);
  assert.is(res.status, 200);
  assert.equal(await res.json(), { user: null, signInRequired: true });
  assert.equal(await told, { reason: 'password_changed' });
  assert.is(await whoIs(app, cookieFrom(res)), null, 'still a guest');
  assert.is(await whoIs(app, cookie), null);
  const step = (await (await loginFrom(app, email, NEW_PASSWORD)).json()) as { codeRequired?: boolean };
  assert.is(step.codeRequired, true, 'the new password leads to the code step');
});

test('[ACCT4] a new password the policy refuses is told per field and spends nothing', async ({ app }) => {
  const { email } = await app.register();
  const token = await resetLink(app, email);
  const common = await expectError(await reset(app, token, 'qwertyuiop'), 400, 'bad_request', ['password']);
  assert.is(common.fields!.password!.code, 'common_password');
  const short = await expectError(await reset(app, token, 'short'), 400, 'bad_request', ['password']);
  assert.is(short.fields!.password!.code, 'too_short');
  assert.is((await reset(app, token)).status, 200, 'the link still works');
});

test('[ACCT1] bad requests: the schema refuses, nothing is queued', async ({ app }) => {
  const cases: Array<[string, unknown, string[]]> = [
    ['/api/auth/password/forgot', {}, ['email']],
    ['/api/auth/password/forgot', { email: 'not-an-email' }, ['email']],
    ['/api/auth/password/forgot', { email: 'a@example.com', extra: 1 }, ['extra']],
    ['/api/auth/password/forgot', { email: 42 }, ['email']],
    ['/api/auth/password/reset', { password: NEW_PASSWORD }, ['token']],
    ['/api/auth/password/reset', { token: 'short', password: NEW_PASSWORD }, ['token']],
    ['/api/auth/password/reset', { token: `${'A'.repeat(42)}=`, password: NEW_PASSWORD }, ['token']],
    ['/api/auth/password/reset', { token: 'A'.repeat(43) }, ['password']],
    ['/api/auth/password/reset', { token: 'A'.repeat(43), password: NEW_PASSWORD, email: 'x' }, ['email']],
  ];
  for (const [path, body, fields] of cases)
    await expectError(await app.api(path, { body }), 400, 'bad_request', fields);
  const form = await app.api('/api/auth/password/forgot', {
    body: 'email=a%40example.com',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.is((await expectError(form, 415, 'bad_request')).reason, 'not_json');
  const crossSite = await app.api('/api/auth/password/forgot', {
    body: { email: 'a@example.com' },
    headers: { origin: 'https://evil.example' },
  });
  assert.is((await expectError(crossSite, 403, 'forbidden')).reason, 'cross_site');
  await afterAnswer();
  assert.is(mailsTo(app, 'a@example.com').length, 0);
});

test.run();
