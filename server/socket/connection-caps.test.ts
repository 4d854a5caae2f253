import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestApp, type TestApp } from '../test/harness.js';
import { closeSocket, expectRejected } from '../test/helpers.js';

/**
 * SOCKETS_PER_SESSION and SOCKETS_PER_IP, with real socket.io-client connections: past a cap the
 * handshake fails with a `connect_error` whose message is the code and whose data says why (codes only); a
 * closed socket frees its place. One proxy hop is trusted, so tests pick addresses.
 */
const test = suite<{ app: TestApp }>('socket caps per session and per address');
test.before(async (ctx) => {
  ctx.app = await startTestApp({ TRUST_PROXY: '1', SOCKETS_PER_SESSION: '2', SOCKETS_PER_IP: '3' });
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

test('[CAP1] one session may hold SOCKETS_PER_SESSION sockets; the next is refused until one closes', async ({
  app,
}) => {
  const cookie = await app.guestCookie();
  const [first] = [await app.connect(cookie, from('10.1.0.1')), await app.connect(cookie, from('10.1.0.1'))];
  const err = await expectRejected(app.connect(cookie, from('10.1.0.1')), 'rate_limited');
  assert.equal(err.data, { code: 'rate_limited', reason: 'too_many_tabs', params: { max: 2 } });
  await closeSocket(app, first!);
  const again = await app.connect(cookie, from('10.1.0.1'));
  assert.ok(again.connected);
});

test('[CAP2] one address may hold SOCKETS_PER_IP sockets, whatever the sessions; other addresses are not held back', async ({
  app,
}) => {
  const sockets = [];
  for (let i = 0; i < 3; i++) sockets.push(await app.connect(await app.guestCookie(), from('10.1.0.2')));
  const err = await expectRejected(app.connect(await app.guestCookie(), from('10.1.0.2')), 'rate_limited');
  assert.equal(err.data, { code: 'rate_limited', reason: 'too_many_connections' });
  assert.ok((await app.connect(await app.guestCookie(), from('10.1.0.3'))).connected);
  await closeSocket(app, sockets[0]!);
  assert.ok((await app.connect(await app.guestCookie(), from('10.1.0.2'))).connected);
});

test('[CAP3] a refused handshake holds no place', async ({ app }) => {
  const cookie = await app.guestCookie();
  const held = [await app.connect(cookie, from('10.1.0.4')), await app.connect(cookie, from('10.1.0.4'))];
  for (let i = 0; i < 5; i++) await expectRejected(app.connect(cookie, from('10.1.0.4')), 'rate_limited');
  await closeSocket(app, held[0]!);
  const again = await app.connect(cookie, from('10.1.0.4'));
  assert.ok(again.connected, 'the session counts 1 socket, not 6');
});

test.run();
