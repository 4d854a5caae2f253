import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ok } from '../../test/ack.js';
import { cookieFrom, GOOD_PASSWORD, nextEvent, startTestApp, type TestApp } from '../../test/harness.js';
import { recordEvents, sessionIdOf, sessionRow, userByEmail } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('session:set-locale (docs/decisions/032-languages.md)');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());

/** Sign in over HTTP (from `cookie`'s session, if given): the new session's cookie. */
async function signIn(app: TestApp, email: string, cookie?: string): Promise<string> {
  const res = await app.api('/api/auth/login', { body: { email, password: GOOD_PASSWORD }, cookie });
  assert.is(res.status, 200, await res.clone().text());
  return cookieFrom(res);
}

test('[LANG2] a guest chooses French: stored for the session, every tab of it follows, another browser does not', async ({
  app,
}) => {
  const cookie = await app.guestCookie();
  const [tab, otherTab, stranger] = [
    await app.connect(cookie),
    await app.connect(cookie),
    await app.connect(await app.guestCookie()),
  ];
  const strangerSaw = recordEvents(stranger);
  const followed = nextEvent(otherTab, 'session:locale-chosen');

  assert.equal(ok(await tab.emitWithAck('session:set-locale', { locale: 'fr' })), { locale: 'fr' });
  assert.equal(await followed, { locale: 'fr' });
  assert.is(sessionRow(app, await sessionIdOf(app, cookie))?.locale, 'fr');
  assert.is(ok(await tab.emitWithAck('session:whoami', {})).locale, 'fr');
  // A round trip on the stranger's socket after the push: anything sent to it would have come first.
  assert.is(ok(await stranger.emitWithAck('session:whoami', {})).locale, null);
  assert.equal(strangerSaw, []);
  for (const s of [tab, otherTab, stranger]) s.disconnect();
});

test('[LANG2] a language the shop does not speak is refused and changes nothing', async ({ app }) => {
  const cookie = await app.guestCookie();
  const tab = await app.connect(cookie);
  ok(await tab.emitWithAck('session:set-locale', { locale: 'de' }));
  for (const locale of ['it', 'FR', '', '__proto__', 42]) {
    const res = await tab.emitWithAck('session:set-locale', { locale } as never);
    assert.is(res.ok, false);
    assert.is(!res.ok && res.error.code, 'bad_request');
  }
  assert.is(sessionRow(app, await sessionIdOf(app, cookie))?.locale, 'de');
  tab.disconnect();
});

test("[LANG2] signed in, the choice is the account's: its other devices follow, and a new sign-in starts in it", async ({
  app,
}) => {
  const { cookie, email } = await app.register();
  const phone = await signIn(app, email);
  const [laptop, phoneTab] = [await app.connect(cookie), await app.connect(phone)];
  const followed = nextEvent(phoneTab, 'session:locale-chosen');
  ok(await laptop.emitWithAck('session:set-locale', { locale: 'es' }));
  assert.equal(await followed, { locale: 'es' });
  assert.is(userByEmail(app, email)?.locale, 'es');
  assert.is(ok(await phoneTab.emitWithAck('session:whoami', {})).locale, 'es', "the account's choice");
  // A fresh browser signing in to that account starts in Spanish, whatever it had.
  assert.is(ok(await (await app.connect(await signIn(app, email))).emitWithAck('session:whoami', {})).locale, 'es');
  laptop.disconnect();
  phoneTab.disconnect();
});

test('[LANG2] a guest who chose German and signs in keeps German, and gives it to an account that had none', async ({
  app,
}) => {
  const { email } = await app.register();
  const guest = await app.guestCookie();
  const tab = await app.connect(guest);
  ok(await tab.emitWithAck('session:set-locale', { locale: 'de' }));
  tab.disconnect();
  const signedIn = await signIn(app, email, guest);
  assert.is(userByEmail(app, email)?.locale, 'de');
  assert.is(ok(await (await app.connect(signedIn)).emitWithAck('session:whoami', {})).locale, 'de');
});

test('[LANG2] an account that chose French keeps it when a guest who chose Spanish signs in', async ({ app }) => {
  const { cookie, email } = await app.register();
  ok(await (await app.connect(cookie)).emitWithAck('session:set-locale', { locale: 'fr' }));
  const guest = await app.guestCookie();
  ok(await (await app.connect(guest)).emitWithAck('session:set-locale', { locale: 'es' }));
  const signedIn = await signIn(app, email, guest);
  assert.is(userByEmail(app, email)?.locale, 'fr');
  assert.is(ok(await (await app.connect(signedIn)).emitWithAck('session:whoami', {})).locale, 'fr');
});

test.run();
