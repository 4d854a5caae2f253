import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { EMAIL_VERIFICATION_TTL_MS } from '../../../shared/account.js';
import { linkTokenIn, mailsTo } from '../../test/account-helpers.js';
import { ok } from '../../test/ack.js';
import { GOOD_PASSWORD, nextEvent, startTestApp, uniqueEmail, type TestApp } from '../../test/harness.js';
import { recordEvents, refillAuthBucket, userByEmail } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('email verification over the socket');

test.before(async (ctx) => {
  ctx.app = await startTestApp({ VERIFICATION_EMAILS_PER_USER_PER_HOUR: '2' });
});
test.before.each(({ app }) => {
  refillAuthBucket(app);
  app.clock.advance(60 * 60_000);
});
test.after(async ({ app }) => app.stop());

const verifyToken = (app: TestApp, email: string) => linkTokenIn(app, email, 'verify_email', 'verify-email');

test('[ACCT7] sign-up queues a welcome and a sealed verification link in its transaction; the viewer is unverified', async ({
  app,
}) => {
  const { email, cookie } = await app.register();
  const user = userByEmail(app, email)!;
  const mails = mailsTo(app, email);
  assert.equal(mails.map((m) => [m.kind, m.sealed]).sort(), [
    ['verify_email', true],
    ['welcome', false],
  ]);
  assert.is(mails.find((m) => m.kind === 'welcome')!.eventId, `welcome:${user.id}`);
  assert.ok(app.ctx.outbox.open(mails.find((m) => m.kind === 'welcome')!).text.includes('Welcome, Test Shopper'));
  const socket = await app.connect(cookie);
  const who = ok(await socket.emitWithAck('session:whoami', {}));
  assert.is(who.user!.emailVerified, false);
  assert.is(user.emailVerifiedAt, null);
});

test('[ACCT8] opening the link verifies the email (any browser), pushes the profile to the user’s tabs, and works once', async ({
  app,
}) => {
  const { email, cookie } = await app.register();
  const tab = await app.connect(cookie);
  const pushed = nextEvent(tab, 'account:profile-changed');
  const stranger = await app.connect(await app.guestCookie());
  const strangerSaw = recordEvents(stranger);
  const token = verifyToken(app, email);
  app.clock.advance(EMAIL_VERIFICATION_TTL_MS - 1);

  const verified = ok(await stranger.emitWithAck('account:verify-email', { token }));
  assert.equal(verified, { email });
  assert.is(userByEmail(app, email)!.emailVerifiedAt, app.clock.now);
  assert.is(((await pushed) as { user: { emailVerified: boolean } }).user.emailVerified, true);
  const again = await stranger.emitWithAck('account:verify-email', { token });
  assert.equal(again, { ok: false, error: { code: 'bad_request', reason: 'token_used' } });
  assert.equal(
    strangerSaw.filter(([e]) => e === 'account:profile-changed'),
    [],
    'another browser is not told whose profile it was',
  );
});

test('[ACCT8] an expired or unknown link verifies nothing', async ({ app }) => {
  const { email, cookie } = await app.register();
  const socket = await app.connect(cookie);
  const token = verifyToken(app, email);
  app.clock.advance(EMAIL_VERIFICATION_TTL_MS);
  const expired = await socket.emitWithAck('account:verify-email', { token });
  assert.equal(expired, { ok: false, error: { code: 'bad_request', reason: 'token_expired' } });
  const unknown = await socket.emitWithAck('account:verify-email', { token: 'B'.repeat(43) });
  assert.equal(unknown, { ok: false, error: { code: 'bad_request', reason: 'token_invalid' } });
  assert.is(userByEmail(app, email)!.emailVerifiedAt, null);
});

test('[ACCT9] a link sent before an email change proves nothing about the new address', async ({ app }) => {
  const { email, cookie } = await app.register();
  const socket = await app.connect(cookie);
  const stale = verifyToken(app, email);
  const next = uniqueEmail();
  ok(await socket.emitWithAck('account:change-email', { email: next, currentPassword: GOOD_PASSWORD }));
  const refused = await socket.emitWithAck('account:verify-email', { token: stale });
  assert.equal(refused, { ok: false, error: { code: 'conflict', reason: 'email_changed' } });
  assert.is(userByEmail(app, next)!.emailVerifiedAt, null);
  ok(await socket.emitWithAck('account:verify-email', { token: verifyToken(app, next) }));
  assert.not.equal(userByEmail(app, next)!.emailVerifiedAt, null);
});

test('[ACCT7] "Resend": a new link while unverified, limited per user; refused once verified', async ({ app }) => {
  const { email, cookie } = await app.register();
  const socket = await app.connect(cookie);
  assert.equal(ok(await socket.emitWithAck('account:resend-verification', {})), { email });
  ok(await socket.emitWithAck('account:resend-verification', {}));
  const limited = await socket.emitWithAck('account:resend-verification', {});
  assert.equal(limited, {
    ok: false,
    error: { code: 'rate_limited', reason: 'too_many_requests', retryAfterMs: 1_800_000 },
  });
  assert.is(mailsTo(app, email, 'verify_email').length, 3, 'sign-up’s and two more');
  // Any of them works: a resend does not retire the earlier links.
  ok(await socket.emitWithAck('account:verify-email', { token: verifyToken(app, email) }));
  app.clock.advance(60 * 60_000);
  const done = await socket.emitWithAck('account:resend-verification', {});
  assert.equal(done, { ok: false, error: { code: 'conflict', reason: 'email_already_verified' } });
});

test('[ACCT8] bad payloads and guests are refused and change nothing', async ({ app }) => {
  const guest = await app.connect(await app.guestCookie());
  for (const payload of [{}, { token: 'x' }, { token: 'A'.repeat(44) }, { token: 'A'.repeat(43), extra: 1 }, 'A']) {
    const ack = await guest.emitWithAck('account:verify-email', payload as never);
    assert.is(ack.ok ? 'ok' : ack.error.code, 'bad_request', JSON.stringify(payload));
  }
  const resend = await guest.emitWithAck('account:resend-verification', {});
  assert.equal(resend, { ok: false, error: { code: 'unauthorized', reason: 'sign_in_first' } });
});

test.run();
