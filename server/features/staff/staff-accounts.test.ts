import bcrypt from 'bcryptjs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPassword } from '../auth/password-policy.js';
import { GOOD_PASSWORD, startTestApp, type TestApp } from '../../test/harness.js';
import { sessionIdOf, sessionRow, userByEmail, whoIs } from '../../test/helpers.js';
import { signInWithCode } from '../../test/two-factor-helpers.js';
import { createStaffAccount, generatePassword, StaffAccountError, type StaffAccountOptions } from './staff-accounts.js';

const optionsFor = (app: TestApp, extra: Partial<StaffAccountOptions> = {}): StaffAccountOptions => ({
  hash: app.ctx.hasher.hash,
  commonPasswords: app.ctx.commonPasswords,
  now: app.clock.now,
  ...extra,
});

/** Sign in; with the operator's authenticator secret, through the code step staff always take. */
async function login(app: TestApp, email: string, password: string, secret?: string) {
  const res = secret
    ? await signInWithCode(app, email, password, secret)
    : await app.api('/api/auth/login', { body: { email, password } });
  return { status: res.status, body: (await res.json()) as { user?: { role: string; name: string } } };
}

async function refused(attempt: Promise<unknown>, code: StaffAccountError['code'], pattern: RegExp) {
  try {
    await attempt;
  } catch (err) {
    assert.instance(err, StaffAccountError);
    assert.is((err as StaffAccountError).code, code);
    assert.match((err as Error).message, pattern);
    assert.not.match((err as Error).message, /\n/, 'one line');
    return;
  }
  assert.unreachable(`expected ${code}`);
}

test('generated passwords pass the policy and differ', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const pw = generatePassword();
    assert.match(pw, /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    assert.is(checkPassword(pw, new Set()), null);
    seen.add(pw);
  }
  assert.is(seen.size, 200);
});

test('creates a staff account whose one-time password signs in over HTTP as staff', async () => {
  const app = await startTestApp();
  try {
    const result = await createStaffAccount(
      app.ctx.db,
      { email: '  Ada@VisionX.example ', name: ' Ada Lovelace ' },
      optionsFor(app),
    );
    assert.is(result.action, 'created');
    assert.is(result.email, 'ada@visionx.example');
    const row = userByEmail(app, 'ada@visionx.example')!;
    assert.is(row.role, 'staff');
    assert.is(row.name, 'Ada Lovelace');
    assert.is(row.id, result.userId);
    assert.not.ok(row.passwordHash.includes(result.password));
    const signedIn = await login(app, 'ada@visionx.example', result.password, result.enrolment.secret);
    assert.is(signedIn.status, 200);
    assert.is(signedIn.body.user?.role, 'staff');
  } finally {
    await app.stop();
  }
});

test('an operator-supplied password is checked by the policy and then used', async () => {
  const app = await startTestApp();
  try {
    const opts = (password: string) => optionsFor(app, { password });
    const input = { email: 'grace@visionx.example', name: 'Grace Hopper' };
    await refused(createStaffAccount(app.ctx.db, input, opts('short')), 'weak_password', /at least 8 characters/);
    await refused(createStaffAccount(app.ctx.db, input, opts('password')), 'weak_password', /too common/);
    await refused(createStaffAccount(app.ctx.db, input, opts('x'.repeat(65))), 'weak_password', /at most 64/);
    assert.is(userByEmail(app, 'grace@visionx.example'), undefined, 'nothing written on refusal');
    const result = await createStaffAccount(app.ctx.db, input, opts(GOOD_PASSWORD));
    assert.is(result.password, GOOD_PASSWORD);
    assert.is((await login(app, input.email, GOOD_PASSWORD, result.enrolment.secret)).body.user?.role, 'staff');
  } finally {
    await app.stop();
  }
});

test('bad emails and names are refused before anything is written', async () => {
  const app = await startTestApp();
  try {
    for (const email of ['', 'not-an-email', 'a@', `${'x'.repeat(250)}@example.com`, 42]) {
      await refused(
        createStaffAccount(app.ctx.db, { email, name: 'Ada' }, optionsFor(app)),
        'invalid_email',
        /^Invalid email: it /, // words for the operator, not a code
      );
    }
    for (const name of ['', '   ', 'x'.repeat(81), '<script>', 'Ada\nLovelace', undefined]) {
      await refused(
        createStaffAccount(app.ctx.db, { email: 'ada@visionx.example', name }, optionsFor(app)),
        'invalid_name',
        /^Invalid name: it /,
      );
    }
    assert.is(userByEmail(app, 'ada@visionx.example'), undefined);
  } finally {
    await app.stop();
  }
});

test('an existing email is refused without promote and left as it was', async () => {
  const app = await startTestApp();
  try {
    const shopper = await app.register('robin@example.com');
    const before = userByEmail(app, shopper.email)!;
    await refused(
      createStaffAccount(app.ctx.db, { email: 'ROBIN@example.com', name: 'Robin' }, optionsFor(app)),
      'email_taken',
      /robin@example\.com already exists; add --promote/,
    );
    assert.equal(userByEmail(app, shopper.email), before);
    assert.is(await whoIs(app, shopper.cookie), shopper.email, 'their session goes on');
  } finally {
    await app.stop();
  }
});

test('promote makes an existing shopper staff with the new password and ends their shopper sessions', async () => {
  const app = await startTestApp();
  try {
    const shopper = await app.register('robin@example.com');
    const sid = await sessionIdOf(app, shopper.cookie);
    const result = await createStaffAccount(
      app.ctx.db,
      { email: shopper.email, name: 'Robin Vega' },
      optionsFor(app, { promote: true }),
    );
    assert.is(result.action, 'promoted');
    const row = userByEmail(app, shopper.email)!;
    assert.is(row.id, result.userId);
    assert.is(row.role, 'staff');
    assert.is(row.name, 'Robin Vega');
    assert.ok(await bcrypt.compare(result.password, row.passwordHash));
    assert.is(sessionRow(app, sid)!.revokedReason, 'password_changed');
    assert.is(await whoIs(app, shopper.cookie), null, 'the old shopper session no longer signs them in');
    assert.is((await login(app, shopper.email, shopper.password)).status, 401, 'old password');
    assert.is((await login(app, shopper.email, result.password, result.enrolment.secret)).body.user?.role, 'staff');
  } finally {
    await app.stop();
  }
});

test('promote on a new email simply creates the account', async () => {
  const app = await startTestApp();
  try {
    const result = await createStaffAccount(
      app.ctx.db,
      { email: 'new@visionx.example', name: 'New Staff' },
      optionsFor(app, { promote: true }),
    );
    assert.is(result.action, 'created');
    assert.is(userByEmail(app, 'new@visionx.example')!.role, 'staff');
  } finally {
    await app.stop();
  }
});

test.run();
