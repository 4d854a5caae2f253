import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { afterAnswer, mailsTo } from '../../test/account-helpers.js';
import { startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { expectError } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('"Forgot password?" limits');

test.before.each(async (ctx) => {
  ctx.app = await startTestApp({
    TRUST_PROXY: '1',
    PASSWORD_RESETS_PER_EMAIL_PER_HOUR: '2',
    PASSWORD_RESETS_PER_IP_PER_HOUR: '4',
  });
});
test.after.each(async ({ app }) => app.stop());

const forgot = (app: TestApp, email: string, ip: string) =>
  app.api('/api/auth/password/forgot', { body: { email }, headers: { 'x-forwarded-for': ip } });

test('[ACCT12] per email: the same limit, and the same refusal, whether or not the email has an account', async ({
  app,
}) => {
  const { email: known } = await app.register();
  const unknown = uniqueEmail();
  for (const email of [known, unknown]) {
    // A different address each time: only the email's own bucket counts here.
    assert.is((await forgot(app, email, '198.51.100.1')).status, 202);
    assert.is((await forgot(app, email, '198.51.100.2')).status, 202);
    const refused = await expectError(await forgot(app, email, '198.51.100.3'), 429, 'rate_limited');
    assert.equal([refused.reason, refused.retryAfterMs], ['too_many_requests', 1_800_000]);
  }
  await afterAnswer();
  assert.is(mailsTo(app, known, 'password_reset').length, 2, 'a refused request queues nothing');
  app.clock.advance(30 * 60_000);
  assert.is((await forgot(app, known, '198.51.100.4')).status, 202, 'a token back after half an hour');
});

test('[ACCT12] per address: many emails from one address are held back; other addresses are not', async ({ app }) => {
  for (let i = 0; i < 4; i++) assert.is((await forgot(app, uniqueEmail(), '203.0.113.7')).status, 202);
  const refused = await expectError(await forgot(app, uniqueEmail(), '203.0.113.7'), 429, 'rate_limited');
  assert.is(refused.retryAfterMs, 900_000);
  assert.is((await forgot(app, uniqueEmail(), '203.0.113.8')).status, 202);
});

test('[ACCT12] an address refused by the email limit keeps its own allowance', async ({ app }) => {
  const email = uniqueEmail();
  await forgot(app, email, '203.0.113.9');
  await forgot(app, email, '203.0.113.9');
  await expectError(await forgot(app, email, '203.0.113.9'), 429, 'rate_limited');
  assert.is((await forgot(app, uniqueEmail(), '203.0.113.9')).status, 202);
  assert.is((await forgot(app, uniqueEmail(), '203.0.113.9')).status, 202);
  await expectError(await forgot(app, uniqueEmail(), '203.0.113.9'), 429, 'rate_limited');
});

test.run();
