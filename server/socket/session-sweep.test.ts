import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sessions } from '../db/schema.js';
import { purgeDeadSessions, SESSION_LIMITS } from '../features/auth/sessions.repo.js';
import { nextEvent, startTestApp, type TestApp } from '../test/harness.js';
import { recordEvents, sessionIdOf, sessionRow, signInStaff } from '../test/helpers.js';

const test = suite<{ app: TestApp }>('expired-session sweep');
test.before.each(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after.each(async ({ app }) => app.stop());

const MINUTE = 60_000;

test('a socket that only listens is ended when its session idles out; a live one stays', async ({ app }) => {
  const idle = await app.connect((await app.register()).cookie);
  const seen = recordEvents(idle);
  const gone = nextEvent(idle, 'disconnect');
  app.clock.advance(SESSION_LIMITS.shopper.idleMs - MINUTE);
  const fresh = await app.connect((await app.register()).cookie);
  assert.equal(app.sweepSessions(), [], 'nothing has expired yet');
  app.clock.advance(MINUTE);
  assert.is(app.sweepSessions().length, 1);
  await gone;
  assert.equal(seen, [
    ['session:ended', { reason: 'expired' }],
    ['disconnect', 'io server disconnect'],
  ]);
  assert.ok(fresh.connected, 'the other shopper is untouched');
});

test('staff consoles idle out after 30 minutes, and the sweep itself is not activity', async ({ app }) => {
  const { cookie } = await signInStaff(app);
  const staff = await app.connect(cookie);
  const before = sessionRow(app, await sessionIdOf(app, cookie))!.lastSeenAt;
  app.clock.advance(SESSION_LIMITS.staff.idleMs - MINUTE);
  assert.equal(app.sweepSessions(), []);
  assert.is(sessionRow(app, await sessionIdOf(app, cookie))!.lastSeenAt, before, 'the sweep did not touch the session');
  const gone = nextEvent(staff, 'disconnect');
  app.clock.advance(MINUTE);
  assert.equal(app.sweepSessions(), [await sessionIdOf(app, cookie)]);
  await gone;
});

test('the sweep reaches every tab of the session and answers the same for guests past 30 days', async ({ app }) => {
  const cookie = await app.guestCookie();
  const tabs = await Promise.all([app.connect(cookie), app.connect(cookie)]);
  const gone = tabs.map((tab) => nextEvent(tab, 'disconnect'));
  app.clock.advance(SESSION_LIMITS.shopper.absoluteMs);
  assert.equal(app.sweepSessions(), [await sessionIdOf(app, cookie)], 'one session, listed once');
  await Promise.all(gone);
});

test('purge: idle-expired shopper and staff rows go at once, not at their absolute end', async ({ app }) => {
  const shopper = await sessionIdOf(app, (await app.register()).cookie);
  const staff = await sessionIdOf(app, (await signInStaff(app)).cookie);
  app.clock.advance(SESSION_LIMITS.staff.idleMs);
  const live = await sessionIdOf(app, (await app.register()).cookie);
  assert.is(purgeDeadSessions(app.ctx.db, app.clock.now), 1, 'the staff session idled out');
  assert.is(sessionRow(app, staff), undefined);
  app.clock.advance(SESSION_LIMITS.shopper.idleMs - SESSION_LIMITS.staff.idleMs);
  assert.is(purgeDeadSessions(app.ctx.db, app.clock.now), 1, 'the first shopper idled out');
  assert.is(sessionRow(app, shopper), undefined);
  assert.ok(sessionRow(app, live), 'a session within its limits stays');
  assert.is(app.ctx.db.select().from(sessions).all().length, 1);
});

test.run();
