import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestApp, type TestApp } from '../test/harness.js';
import { closeSocket, expectRejected } from '../test/helpers.js';
import { openDatabase } from '../db/client.js';
import { createMemoryState } from '../shared-state/memory-state.js';
import { MEMBERSHIP_TTL_MS as CONNECTION_TTL_MS } from '../shared-state/my-memberships.js';

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

/** Two apps on one database file and one shared state: two processes of one shop, as far as the caps can tell. */
const test2 = suite('socket caps across the processes of one shop');
const CAPS = { TRUST_PROXY: '1', SOCKETS_PER_SESSION: '2', SOCKETS_PER_IP: '3' };

test2(
  '[SHARED7] a session’s and an address’s sockets are counted on every process; a socket closed on one frees a place on the other',
  async () => {
    const shared = createMemoryState();
    const a = await startTestApp(CAPS, { shared });
    const db = openDatabase(a.dbFile);
    const b = await startTestApp(CAPS, { shared, db });
    try {
      const cookie = await a.guestCookie();
      const onA = await a.connect(cookie, from('10.2.0.1'));
      await b.connect(cookie, from('10.2.0.1'));
      for (const app of [a, b]) {
        const err = await expectRejected(app.connect(cookie, from('10.2.0.1')), 'rate_limited');
        assert.equal(err.data, { code: 'rate_limited', reason: 'too_many_tabs', params: { max: 2 } });
      }
      await closeSocket(a, onA);
      assert.ok((await b.connect(cookie, from('10.2.0.1'))).connected, 'the place freed on A is taken on B');
      assert.ok((await a.connect(await a.guestCookie(), from('10.2.0.1'))).connected, 'a third socket at the address');
      const err = await expectRejected(b.connect(await a.guestCookie(), from('10.2.0.1')), 'rate_limited');
      assert.equal(err.data, { code: 'rate_limited', reason: 'too_many_connections' });
    } finally {
      await b.stop();
      db.$client.close();
      await a.stop();
    }
  },
);

test2('[SHARED7] the places of a process that died lapse by the clock; a live process renews its own', async () => {
  const shared = createMemoryState();
  const app = await startTestApp(CAPS, { shared });
  try {
    for (const socketId of ['x', 'y']) {
      await shared.join('sockets:address:10.2.0.2', `dead-process:${socketId}`, CONNECTION_TTL_MS, app.clock.now);
    }
    await app.connect(await app.guestCookie(), from('10.2.0.2'));
    await expectRejected(app.connect(await app.guestCookie(), from('10.2.0.2')), 'rate_limited');
    app.clock.advance(CONNECTION_TTL_MS - 1);
    await app.ctx.memberships.renew();
    app.clock.advance(1);
    for (let i = 0; i < 2; i++) {
      const socket = await app.connect(await app.guestCookie(), from('10.2.0.2'));
      assert.ok(socket.connected, `the dead process’s two places lapsed: socket ${i + 1}`);
    }
    await expectRejected(app.connect(await app.guestCookie(), from('10.2.0.2')), 'rate_limited');
    assert.is(
      (await shared.members('sockets:address:10.2.0.2', app.clock.now)).length,
      3,
      'the renewed one and the two new',
    );
  } finally {
    await app.stop();
  }
});

test2.run();
