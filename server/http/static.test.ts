import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestApp, type TestApp } from '../test/harness.js';
import { signInStaff } from '../test/helpers.js';

import { makeClientDir } from '../test/client-dir.js';

const client = makeClientDir();
const clientDir = client.dir;

async function withApp(run: (app: TestApp) => Promise<void>) {
  const app = await startTestApp({}, { clientDir });
  try {
    await run(app);
  } finally {
    await app.stop();
  }
}

async function expectRedirect(app: TestApp, path: string, cookie: string | undefined, next = '%2Fstaff') {
  const res = await app.api(path, { cookie });
  assert.is(res.status, 302, `${path}: ${res.status}`);
  assert.is(res.headers.get('location'), `/signin?next=${next}`);
  assert.is(res.headers.get('cache-control'), 'no-store');
  assert.not.match(await res.text(), 'id="root"', 'the shell is not sent');
}

async function expectPage(app: TestApp, path: string, cookie: string | undefined, status = 200) {
  const res = await app.api(path, { cookie });
  assert.is(res.status, status, `${path}: ${res.status}`);
  assert.match(await res.text(), '<div id="root"></div>');
}

test.after(() => client.remove());

test('guests, with or without a session, are sent to sign in and back to /staff', () =>
  withApp(async (app) => {
    const guest = await app.guestCookie();
    for (const cookie of [undefined, guest, 'vx_session=forged']) {
      await expectRedirect(app, '/staff', cookie);
      await expectRedirect(app, '/staff/', cookie, '%2Fstaff%2F');
      await expectRedirect(app, '/staff/chats/7?tab=cart', cookie, encodeURIComponent('/staff/chats/7?tab=cart'));
    }
    // Only /staff and below are guarded; the rest of the app is served to anyone (no page at /staffing: 404, [HEAD2]).
    await expectPage(app, '/', guest);
    await expectPage(app, '/staffing', guest, 404);
  }));

test('a signed-in shopper gets the same redirect, not the console', () =>
  withApp(async (app) => {
    const shopper = await app.register();
    await expectRedirect(app, '/staff', shopper.cookie);
    await expectRedirect(app, '/Staff/chats', shopper.cookie, '%2FStaff%2Fchats');
    await expectPage(app, '/account', shopper.cookie);
  }));

test('a live staff session gets the app at /staff and below, uncached', () =>
  withApp(async (app) => {
    const staff = await signInStaff(app);
    await expectPage(app, '/staff', staff.cookie);
    await expectPage(app, '/staff/chats/7', staff.cookie);
    const res = await app.api('/staff', { cookie: staff.cookie });
    assert.is(res.headers.get('cache-control'), 'no-store');
  }));

test('a signed-out or idle staff session is redirected', () =>
  withApp(async (app) => {
    const staff = await signInStaff(app);
    await expectPage(app, '/staff', staff.cookie);
    const out = await app.api('/api/auth/logout', { body: {}, cookie: staff.cookie });
    assert.is(out.status, 200);
    await expectRedirect(app, '/staff', staff.cookie);

    const idle = await signInStaff(app);
    await expectPage(app, '/staff', idle.cookie);
    app.clock.advance(31 * 60_000); // staff sessions end after 30 minutes idle
    await expectRedirect(app, '/staff', idle.cookie);
  }));

test.run();
