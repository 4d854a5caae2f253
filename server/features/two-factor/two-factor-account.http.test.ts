import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { recoveryCodes, totpCredentials, users } from '../../db/schema.js';
import type { Enrolment, RecoveryCodes } from '../../../shared/two-factor.js';
import { cookieFrom, GOOD_PASSWORD, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectError, refillAuthBucket, signInStaff, userByEmail } from '../../test/helpers.js';
import { codeStep, enrolledShopper, passwordStep, totpCode } from '../../test/two-factor-helpers.js';
import { insertUser } from '../auth/users.repo.js';

const test = suite<{ app: TestApp }>('two-step sign-in: enrolment and the account page');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.before.each(({ app }) => refillAuthBucket(app));
test.after(async ({ app }) => app.stop());

const statusOf = async (app: TestApp, cookie: string) => (await app.api('/api/auth/two-factor', { cookie })).json();
const credentialOf = (app: TestApp, userId: number) =>
  app.ctx.db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId)).get();

test('a shopper sets up from the account page: QR and secret, then on only with a right code; codes stored hashed', async ({
  app,
}) => {
  const { cookie, email, password } = await app.register();
  assert.equal(await statusOf(app, cookie), { enabled: false, required: false, recoveryCodesLeft: 0 });
  const setup = (await (await app.api('/api/auth/two-factor/setup', { body: {}, cookie })).json()) as Enrolment;
  assert.match(setup.secret, /^[A-Z2-7]{32}$/);
  assert.match(
    setup.uri,
    `otpauth://totp/VisionX%20Live:${encodeURIComponent(email)}?issuer=VisionX%20Live&secret=${setup.secret}`,
  );
  assert.match(setup.qrSvg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

  const enable = (code: string) => app.api('/api/auth/two-factor/enable', { body: { code }, cookie });
  await expectError(await enable(totpCode(app, setup.secret, 10 * 60_000)), 401, 'unauthorized', ['code']);
  await expectError(await enable('abcde-fghjk'), 400, 'bad_request', ['code']);
  assert.equal(await statusOf(app, cookie), { enabled: false, required: false, recoveryCodesLeft: 0 }, 'still off');
  assert.is((await app.api('/api/auth/login', { body: { email, password } })).status, 200, 'no code asked yet');

  const res = await enable(totpCode(app, setup.secret));
  assert.is(res.status, 200);
  const { recoveryCodes: codes } = (await res.json()) as RecoveryCodes;
  assert.is(codes.length, 10);
  assert.is(new Set(codes).size, 10);
  const userId = userByEmail(app, email)!.id;
  const stored = app.ctx.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId)).all();
  assert.is(stored.length, 10);
  for (const row of stored)
    assert.ok(
      codes.every((c) => !row.codeHash.includes(c.replace('-', ''))),
      'hashed, not plain',
    );
  assert.equal(await statusOf(app, cookie), { enabled: true, required: false, recoveryCodesLeft: 10 });
  await expectError(await app.api('/api/auth/two-factor/setup', { body: {}, cookie }), 409, 'conflict');
});

test('turning it off takes the password and a code; afterwards sign-in asks for no code', async ({ app }) => {
  const { cookie, email, password, secret } = await enrolledShopper(app);
  const disable = (body: unknown) => app.api('/api/auth/two-factor/disable', { body, cookie });
  await expectError(await disable({ password: 'not-my-password', code: totpCode(app, secret) }), 401, 'unauthorized', [
    'password',
  ]);
  await expectError(await disable({ password, code: '000000' }), 401, 'unauthorized', ['code']);
  await expectError(await disable({ password }), 400, 'bad_request', ['code']);
  assert.equal((await statusOf(app, cookie)).enabled, true);
  const res = await disable({ password, code: totpCode(app, secret) });
  assert.is(res.status, 200);
  assert.equal(await res.json(), { enabled: false, required: false, recoveryCodesLeft: 0 });
  assert.is(credentialOf(app, userByEmail(app, email)!.id), undefined);
  const login = await app.api('/api/auth/login', { body: { email, password } });
  assert.is(((await login.json()) as { user: { email: string } }).user.email, email);
});

test('[staff] staff without an authenticator enrol at sign-in: the same secret until confirmed, then recovery codes once', async ({
  app,
}) => {
  const email = uniqueEmail().replace('shopper', 'staff');
  insertUser(
    app.ctx.db,
    { email, name: 'New Staff', passwordHash: await app.ctx.hasher.hash(GOOD_PASSWORD), role: 'staff' },
    app.clock.now,
  );
  const first = await passwordStep(app, email, GOOD_PASSWORD);
  const enrolment = first.enrolment!;
  assert.ok(enrolment, 'staff must enrol');
  assert.match(enrolment.qrSvg, /^<svg/);
  const second = await passwordStep(app, email, GOOD_PASSWORD);
  assert.is(second.enrolment?.secret, enrolment.secret, 'an app that scanned the first QR code still works');

  const recovery = await expectError(await codeStep(app, second.pendingToken, 'abcde-fghjk'), 401, 'unauthorized', [
    'code',
  ]);
  assert.equal(recovery.fields, { code: { code: 'totp_only' } });
  const res = await codeStep(app, second.pendingToken, totpCode(app, enrolment.secret));
  assert.is(res.status, 200);
  const body = (await res.json()) as { user: { role: string }; recoveryCodes: string[] };
  assert.is(body.user.role, 'staff');
  assert.is(body.recoveryCodes.length, 10);
  assert.ok(cookieFrom(res));

  app.clock.advance(30_000);
  const later = await passwordStep(app, email, GOOD_PASSWORD);
  assert.is(later.enrolment, undefined, 'enrolled now: a code, no QR code');
});

test('[staff] staff cannot turn it off', async ({ app }) => {
  const { cookie, secret } = await signInStaff(app);
  assert.equal(await statusOf(app, cookie), { enabled: true, required: true, recoveryCodesLeft: 10 });
  app.clock.advance(30_000);
  const res = await app.api('/api/auth/two-factor/disable', {
    body: { password: GOOD_PASSWORD, code: totpCode(app, secret) },
    cookie,
  });
  await expectError(res, 403, 'forbidden');
  assert.equal((await statusOf(app, cookie)).enabled, true);
});

test('guests get 401; bad bodies 400; deleting the account removes its authenticator', async ({ app }) => {
  const guest = await app.guestCookie();
  await expectError(await app.api('/api/auth/two-factor', { cookie: guest }), 401, 'unauthorized');
  await expectError(await app.api('/api/auth/two-factor/setup', { body: {}, cookie: guest }), 401, 'unauthorized');
  const { cookie, email, password } = await enrolledShopper(app);
  await expectError(
    await app.api('/api/auth/two-factor/setup', { body: { secret: 'MINE' }, cookie }),
    400,
    'bad_request',
    ['secret'],
  );
  await expectError(
    await app.api('/api/auth/two-factor/enable', { body: { code: 123456 }, cookie }),
    400,
    'bad_request',
    ['code'],
  );
  const userId = userByEmail(app, email)!.id;
  assert.is((await app.api('/api/auth/account', { method: 'DELETE', body: { password }, cookie })).status, 200);
  assert.is(app.ctx.db.select().from(users).where(eq(users.id, userId)).get(), undefined);
  assert.is(credentialOf(app, userId), undefined);
  assert.is(app.ctx.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId)).all().length, 0);
});

test.run();
