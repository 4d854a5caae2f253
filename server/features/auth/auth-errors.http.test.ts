import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { contactMessages, sessions, users } from '../../db/schema.js';
import { GOOD_PASSWORD, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectError, refillAuthBucket, whoIs } from '../../test/helpers.js';
import type { ErrorCode } from '../../../shared/result.js';

/**
 * Every auth endpoint against bad input: each case gets the one error shape with the right
 * status, code and fields, and leaves the users, sessions and contact messages unchanged.
 */
interface Case {
  name: string;
  method: 'POST' | 'DELETE' | 'GET';
  path: string;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the signed-in user's cookie. */
  signedIn?: boolean;
  status: number;
  code: ErrorCode;
  /** Exactly these keys in error.fields ([] = none). */
  fields?: string[];
}

const EVIL = 'https://evil.example';
const NEW_PASSWORD = 'a-brand-new-passphrase';

/** The same rejections for every state-changing endpoint, each with an otherwise valid body. */
function transportCases(
  method: 'POST' | 'DELETE',
  path: string,
  valid: Record<string, unknown>,
  signedIn: boolean,
): Case[] {
  const base = { method, path, signedIn };
  return [
    {
      ...base,
      name: 'hostile Origin',
      body: valid,
      headers: { origin: EVIL },
      status: 403,
      code: 'forbidden',
      fields: [],
    },
    { ...base, name: 'Origin null', body: valid, headers: { origin: 'null' }, status: 403, code: 'forbidden' },
    {
      ...base,
      name: 'Origin on another port',
      body: valid,
      headers: { origin: 'http://127.0.0.1:1' },
      status: 403,
      code: 'forbidden',
    },
    {
      ...base,
      name: 'text/plain',
      body: JSON.stringify(valid),
      headers: { 'content-type': 'text/plain' },
      status: 415,
      code: 'bad_request',
      fields: [],
    },
    {
      ...base,
      name: 'form-urlencoded',
      body: new URLSearchParams(valid as Record<string, string>).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      status: 415,
      code: 'bad_request',
    },
    { ...base, name: 'no body, no content type', status: 415, code: 'bad_request' },
    { ...base, name: 'malformed JSON', body: '{"email":', status: 400, code: 'bad_request', fields: [] },
    { ...base, name: 'a JSON string, not an object', body: '"hello"', status: 400, code: 'bad_request' },
    {
      ...base,
      name: 'a 20 KB body',
      body: { ...valid, pad: 'x'.repeat(20 * 1024) },
      status: 413,
      code: 'bad_request',
      fields: [],
    },
    { ...base, name: 'a JSON array', body: [valid], status: 400, code: 'bad_request' },
  ];
}

const email = uniqueEmail(); // the signed-in user of this file
const fresh = uniqueEmail(); // never registered: no case may create it
const reg = (extra: Record<string, unknown>) => ({
  email: fresh,
  name: 'New Person',
  password: GOOD_PASSWORD,
  ...extra,
});
const bad =
  (method: Case['method'], path: string, signedIn = false) =>
  (name: string, body: unknown, status: number, code: ErrorCode, fields?: string[]): Case => ({
    name,
    method,
    path,
    body,
    signedIn,
    status,
    code,
    fields,
  });

/** JSON text with an extra key an object literal cannot hold as its own (`__proto__`). */
const withRawKey = (body: object, key: string, value: unknown) =>
  JSON.stringify(body).replace(/}$/, `,${JSON.stringify(key)}:${JSON.stringify(value)}}`);

const register = bad('POST', '/api/auth/register');
const login = bad('POST', '/api/auth/login');
const logout = bad('POST', '/api/auth/logout', true);
const password = bad('POST', '/api/auth/password', true);
const guestPassword = bad('POST', '/api/auth/password');
const account = bad('DELETE', '/api/auth/account', true);
const guestAccount = bad('DELETE', '/api/auth/account');

const CASES: Case[] = [
  ...transportCases('POST', '/api/auth/register', reg({}), false),
  register('missing fields', {}, 400, 'bad_request', ['email', 'name', 'password']),
  register('missing password', { email: fresh, name: 'N' }, 400, 'bad_request', ['password']),
  register('a number for email', reg({ email: 42 }), 400, 'bad_request', ['email']),
  register('an array for password', reg({ password: [GOOD_PASSWORD] }), 400, 'bad_request', ['password']),
  register('null for name', reg({ name: null }), 400, 'bad_request', ['name']),
  register('not an email', reg({ email: 'not-an-email' }), 400, 'bad_request', ['email']),
  register('an email over 254 characters', reg({ email: `${'a'.repeat(250)}@example.com` }), 400, 'bad_request', [
    'email',
  ]),
  register('a 300-character name', reg({ name: 'n'.repeat(300) }), 400, 'bad_request', ['name']),
  register('a blank name', reg({ name: '   ' }), 400, 'bad_request', ['name']),
  register('markup in the name', reg({ name: '<script>x</script>' }), 400, 'bad_request', ['name']),
  register('an unknown field (role)', reg({ role: 'staff' }), 400, 'bad_request', ['role']),
  register('a __proto__ field', withRawKey(reg({}), '__proto__', { role: 'staff' }), 400, 'bad_request', ['__proto__']),
  register('a constructor field', withRawKey(reg({}), 'constructor', 'x'), 400, 'bad_request', ['constructor']),
  register('a 7-character password', reg({ password: 'k7#mPq2' }), 400, 'bad_request', ['password']),
  register('a common password', reg({ password: 'Password1' }), 400, 'bad_request', ['password']),
  register('a password over 72 bytes', reg({ password: 'é'.repeat(37) }), 400, 'bad_request', ['password']),
  register('a taken email, other case and spaces', reg({ email: `  ${email.toUpperCase()} ` }), 409, 'conflict', [
    'email',
  ]),

  ...transportCases('POST', '/api/auth/login', { email, password: GOOD_PASSWORD }, false),
  login('missing fields', {}, 400, 'bad_request', ['email', 'password']),
  login('a number for email', { email: 42, password: GOOD_PASSWORD }, 400, 'bad_request', ['email']),
  login('an array for password', { email, password: [GOOD_PASSWORD] }, 400, 'bad_request', ['password']),
  login('an empty password', { email, password: '' }, 400, 'bad_request', ['password']),
  login('a 257-character password', { email, password: 'p'.repeat(257) }, 400, 'bad_request', ['password']),
  login('an unknown field', { email, password: GOOD_PASSWORD, remember: true }, 400, 'bad_request', ['remember']),
  login('the wrong password', { email, password: 'not-the-password' }, 401, 'unauthorized', []),

  ...transportCases('POST', '/api/auth/logout', {}, true),
  logout('an unknown field', { everywhere: true }, 400, 'bad_request', ['everywhere']),

  ...transportCases('POST', '/api/auth/password', { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD }, true),
  password('missing fields', {}, 400, 'bad_request', ['currentPassword', 'newPassword']),
  password('wrong types', { currentPassword: 12345678, newPassword: ['x'] }, 400, 'bad_request', [
    'currentPassword',
    'newPassword',
  ]),
  password(
    'an unknown field',
    { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD, userId: 1 },
    400,
    'bad_request',
    ['userId'],
  ),
  password(
    'the same password again',
    { currentPassword: GOOD_PASSWORD, newPassword: GOOD_PASSWORD },
    400,
    'bad_request',
    ['newPassword'],
  ),
  password('a too short new password', { currentPassword: GOOD_PASSWORD, newPassword: 'short' }, 400, 'bad_request', [
    'newPassword',
  ]),
  password('a common new password', { currentPassword: GOOD_PASSWORD, newPassword: 'qwerty123' }, 400, 'bad_request', [
    'newPassword',
  ]),
  password(
    'the wrong current password',
    { currentPassword: 'not-the-password', newPassword: NEW_PASSWORD },
    401,
    'unauthorized',
    ['currentPassword'],
  ),
  guestPassword('a guest', { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD }, 401, 'unauthorized', []),

  ...transportCases('DELETE', '/api/auth/account', { password: GOOD_PASSWORD }, true),
  account('missing password', {}, 400, 'bad_request', ['password']),
  account('a number for password', { password: 12345678 }, 400, 'bad_request', ['password']),
  account('an unknown field', { password: GOOD_PASSWORD, confirm: true }, 400, 'bad_request', ['confirm']),
  account('the wrong password', { password: 'not-the-password' }, 401, 'unauthorized', ['password']),
  guestAccount('a guest', { password: GOOD_PASSWORD }, 401, 'unauthorized', []),

  { name: 'a guest', method: 'GET', path: '/api/auth/export', status: 401, code: 'unauthorized', fields: [] },
  {
    name: 'a forged cookie',
    method: 'GET',
    path: '/api/auth/export',
    headers: { cookie: 'vx_session=Fe26.2*1*forged' },
    status: 401,
    code: 'unauthorized',
  },
  { name: 'an unknown call', method: 'GET', path: '/api/auth/nope', status: 404, code: 'not_found' },
  { name: 'the wrong method', method: 'GET', path: '/api/auth/login', status: 404, code: 'not_found' },
  { name: 'POST to a read', method: 'POST', path: '/api/auth/me', body: {}, status: 404, code: 'not_found' },
];

/** Users, sessions (but the last-seen time) and contact messages, for before/after comparison. */
const snapshot = (app: TestApp) =>
  JSON.stringify({
    users: app.ctx.db.select().from(users).all(),
    sessions: app.ctx.db
      .select({
        id: sessions.id,
        userId: sessions.userId,
        expiresAt: sessions.expiresAt,
        revokedAt: sessions.revokedAt,
        reason: sessions.revokedReason,
      })
      .from(sessions)
      .all(),
    contact: app.ctx.db.select().from(contactMessages).all(),
  });

const test = suite<{ app: TestApp; cookie: string }>('auth endpoints: bad input');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
  ctx.cookie = (await ctx.app.register(email)).cookie;
});
test.after(async ({ app }) => app.stop());

for (const c of CASES) {
  test(`${c.method} ${c.path}: ${c.name} → ${c.status} ${c.code}`, async ({ app, cookie }) => {
    refillAuthBucket(app);
    const before = snapshot(app);
    const res = await app.api(c.path, {
      method: c.method,
      body: c.body,
      cookie: c.signedIn ? cookie : undefined,
      headers: c.headers,
    });
    await expectError(res, c.status, c.code, c.fields);
    assert.is(res.headers.getSetCookie().length, 0, 'no cookie is set on an error');
    assert.is(res.headers.get('cache-control'), 'no-store');
    assert.is(snapshot(app), before, 'nothing changed');
  });
}

test('afterwards the user is still signed in with the original password', async ({ app, cookie }) => {
  refillAuthBucket(app);
  assert.is(await whoIs(app, cookie), email);
  const res = await app.api('/api/auth/login', { body: { email, password: GOOD_PASSWORD } });
  assert.is(res.status, 200);
  const again = await app.api('/api/auth/register', { body: reg({}) });
  assert.is(again.status, 201, 'the email no case could register is still free');
});

test.run();
