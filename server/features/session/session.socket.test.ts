import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ok } from '../../test/ack.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

const test = suite<{ app: TestApp }>('session:whoami');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());

test('a guest socket learns it is a guest', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const res = await socket.emitWithAck('session:whoami', {});
  assert.equal(res, { ok: true, data: { user: null, guest: true, locale: null } });
});

test('a signed-in socket learns who it is, without the session id', async ({ app }) => {
  const { cookie, email } = await app.register();
  const socket = await app.connect(cookie);
  const who = ok(await socket.emitWithAck('session:whoami', {}));
  assert.is(who.guest, false);
  assert.is(who.user?.email, email);
  assert.not.match(JSON.stringify(who), cookie.split('=')[1]!);
});

test.run();
