import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sessions } from '../../db/schema.js';
import { PENDING_SIGN_IN_TTL_MS } from '../../../shared/two-factor.js';
import { cookieFrom, startTestApp, type TestApp } from '../../test/harness.js';
import { expectError, refillAuthBucket, rowCount, whoIs } from '../../test/helpers.js';
import { codeStep, enrolledShopper, passwordStep, totpCode } from '../../test/two-factor-helpers.js';
import { CODE_LIMITS } from './code-throttle.js';

const test = suite<{ app: TestApp }>('two-step sign-in');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.before.each(({ app }) => refillAuthBucket(app));
test.after(async ({ app }) => app.stop());

test('the password step issues no session; the right code does', async ({ app }) => {
  const { email, password, secret } = await enrolledShopper(app);
  const before = rowCount(app, sessions);
  const step = await passwordStep(app, email, password);
  assert.match(step.pendingToken, /^[\w-]{43}$/);
  assert.is(step.expiresInMs, PENDING_SIGN_IN_TTL_MS);
  assert.is(step.enrolment, undefined);
  assert.is(rowCount(app, sessions), before, 'no session row yet');

  const wrong = await codeStep(app, step.pendingToken, totpCode(app, secret, 5 * 60_000));
  await expectError(wrong, 401, 'unauthorized', ['code']);
  assert.is(wrong.headers.getSetCookie().length, 0);

  const res = await codeStep(app, step.pendingToken, ` ${totpCode(app, secret).replace(/(\d{3})/, '$1 ')} `);
  assert.is(res.status, 200);
  assert.is(((await res.json()) as { user: { email: string } }).user.email, email);
  assert.is(await whoIs(app, cookieFrom(res)), email);
});

test('[reuse] a code is refused again within its window, and so is an older one; the next step is accepted', async ({
  app,
}) => {
  const { email, password, secret } = await enrolledShopper(app);
  const code = totpCode(app, secret);
  assert.is((await codeStep(app, (await passwordStep(app, email, password)).pendingToken, code)).status, 200);

  const again = await passwordStep(app, email, password);
  const reused = await expectError(await codeStep(app, again.pendingToken, code), 401, 'unauthorized', ['code']);
  assert.equal(reused.fields, { code: { code: 'code_used' } });
  await expectError(await codeStep(app, again.pendingToken, totpCode(app, secret, -30_000)), 401, 'unauthorized', [
    'code',
  ]);

  app.clock.advance(30_000);
  assert.is(
    (await codeStep(app, again.pendingToken, totpCode(app, secret))).status,
    200,
    'the same pending sign-in, the next code',
  );
});

test('[reuse] two sign-ins racing with the same code: exactly one gets a session', async ({ app }) => {
  const { email, password, secret } = await enrolledShopper(app);
  const [a, b] = [await passwordStep(app, email, password), await passwordStep(app, email, password)];
  const code = totpCode(app, secret);
  const statuses = (await Promise.all([codeStep(app, a.pendingToken, code), codeStep(app, b.pendingToken, code)])).map(
    (r) => r.status,
  );
  assert.equal(statuses.sort(), [200, 401]);
});

test('[recovery] a recovery code signs in once (any case, with or without the hyphen), then never again', async ({
  app,
}) => {
  const { email, password, recoveryCodes, cookie } = await enrolledShopper(app);
  const [first, second] = recoveryCodes;
  assert.is(
    (await codeStep(app, (await passwordStep(app, email, password)).pendingToken, first!.toUpperCase())).status,
    200,
  );
  const again = await passwordStep(app, email, password);
  await expectError(await codeStep(app, again.pendingToken, first!), 401, 'unauthorized', ['code']);
  assert.is((await codeStep(app, again.pendingToken, second!.replace('-', ''))).status, 200);
  const status = await (await app.api('/api/auth/two-factor', { cookie })).json();
  assert.equal(status, { enabled: true, required: false, recoveryCodesLeft: 8 });
});

test('[pending] the pending sign-in expires, and is spent by its sign-in', async ({ app }) => {
  const { email, password, secret } = await enrolledShopper(app);
  const late = await passwordStep(app, email, password);
  app.clock.advance(PENDING_SIGN_IN_TTL_MS);
  const expired = await expectError(await codeStep(app, late.pendingToken, totpCode(app, secret)), 401, 'unauthorized');
  assert.is(expired.reason, 'sign_in_expired');

  const step = await passwordStep(app, email, password);
  assert.is((await codeStep(app, step.pendingToken, totpCode(app, secret))).status, 200);
  app.clock.advance(30_000);
  await expectError(await codeStep(app, step.pendingToken, totpCode(app, secret)), 401, 'unauthorized');
});

test('[limit] after the allowed wrong codes even the right one waits; it works once the wait is over', async ({
  app,
}) => {
  const { email, password, secret } = await enrolledShopper(app);
  const { pendingToken } = await passwordStep(app, email, password);
  for (let i = 0; i < CODE_LIMITS.account.capacity; i++) {
    await expectError(await codeStep(app, pendingToken, '000000'), 401, 'unauthorized', ['code']);
  }
  const limited = await expectError(await codeStep(app, pendingToken, totpCode(app, secret)), 429, 'rate_limited');
  assert.ok(limited.retryAfterMs! > 0 && limited.retryAfterMs! <= 1000 / CODE_LIMITS.account.refillPerSecond);
  app.clock.advance(limited.retryAfterMs! - 1000);
  await expectError(await codeStep(app, pendingToken, totpCode(app, secret)), 429, 'rate_limited');
  app.clock.advance(1000);
  const fresh = await passwordStep(app, email, password);
  assert.is((await codeStep(app, fresh.pendingToken, totpCode(app, secret))).status, 200);
});

test('bad input is a 400 naming the field and spends nothing', async ({ app }) => {
  const { email, password, secret } = await enrolledShopper(app);
  const { pendingToken } = await passwordStep(app, email, password);
  const bad = (body: unknown) => app.api('/api/auth/login/code', { body });
  await expectError(await bad({ pendingToken }), 400, 'bad_request', ['code']);
  await expectError(await bad({ pendingToken, code: '12345' }), 400, 'bad_request', ['code']);
  await expectError(await bad({ pendingToken, code: 'abc' }), 400, 'bad_request', ['code']);
  await expectError(await bad({ pendingToken: 'short', code: '123456' }), 400, 'bad_request', ['pendingToken']);
  await expectError(await bad({ pendingToken, code: '123456', extra: 1 }), 400, 'bad_request', ['extra']);
  await expectError(await bad({ pendingToken: 'x'.repeat(43), code: totpCode(app, secret) }), 401, 'unauthorized');
  assert.is(
    (await codeStep(app, pendingToken, totpCode(app, secret))).status,
    200,
    'the pending sign-in is still good',
  );
});

test.run();
