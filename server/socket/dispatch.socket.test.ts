import type { Socket } from 'socket.io-client';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { z } from 'zod';
import { createApp } from '../app.js';
import { ok } from '../test/ack.js';
import { startTestApp, type TestApp, type TestSocket } from '../test/harness.js';
import { recordEvents, signInStaff } from '../test/helpers.js';
import { buildRouteTable, route, type FeatureRoutes } from './routes.js';
import type { AppSocket } from './types.js';

/**
 * The dispatcher (docs/SPEC.md §20): one table per app, one listener per socket. What a
 * connection costs is read off the server's sockets themselves: their listeners, compared by
 * identity across connections (a closure made per connection would differ).
 */
const test = suite<{ app: TestApp }>('one dispatcher per socket over a table built once');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const serverSocket = (app: TestApp, client: TestSocket) => app.io.sockets.sockets.get(client.id ?? '')!;

/** Every listener a server socket holds: the any-listeners and each named event's, in order. */
function listenersOf(socket: AppSocket): Array<[string, unknown]> {
  const named = socket
    .eventNames()
    .flatMap((e) => socket.listeners(e as never).map((l) => [String(e), l] as [string, unknown]));
  return [...socket.listenersAny().map((l) => ['*', l] as [string, unknown]), ...named];
}

test('[DISP2] every socket holds the same few listeners, the same functions, whatever the number of events', async ({
  app,
}) => {
  const staff = (await signInStaff(app)).cookie;
  const shopper = (await app.register()).cookie;
  const guest = await app.guestCookie();
  for (const cookie of [guest, shopper, staff]) {
    const [first, second] = [await app.connect(cookie), await app.connect(cookie)];
    const [a, b] = [listenersOf(serverSocket(app, first!)), listenersOf(serverSocket(app, second!))];
    // The dispatcher, Socket.IO's own `error` listener, the connection caps' disconnect listener
    // ([SHARED7]) and a staff socket's two disconnect listeners.
    assert.ok(a.length <= 5, `a socket holds ${a.length} listeners: ${a.map(([e]) => e).join(', ')}`);
    assert.equal(
      a.map(([e]) => e),
      b.map(([e]) => e),
    );
    for (const [i, [event, listener]] of a.entries()) {
      assert.ok(listener === b[i]![1], `${event}: one function shared by both sockets`);
    }
  }
  assert.ok(app.routes.size > 60, 'the table holds every request event');
});

test('[DISP2] the shared listener answers each socket as its own session: acks go to the asker only', async ({
  app,
}) => {
  const [ada, bob] = [await app.register(), await app.register()];
  const sockets = [await app.connect(ada.cookie), await app.connect(bob.cookie)];
  const seen = sockets.map(recordEvents);
  for (const [i, who] of [ada, bob, ada].entries()) {
    const socket = sockets[i % 2]!;
    assert.is(ok(await socket.emitWithAck('session:whoami', {})).user?.email, who.email);
  }
  assert.equal(seen, [[], []], 'no socket got an answer or a push meant for the other');
});

test('[DISP3] an event no feature routes is answered not_found at once; an event without an ack is ignored', async ({
  app,
}) => {
  const socket = (await app.connect(await app.guestCookie())) as unknown as Socket;
  for (const event of ['cart:nope', 'error', 'toString', '__proto__', 'constructor']) {
    assert.equal(await socket.timeout(2000).emitWithAck(event, {}), {
      ok: false,
      error: { code: 'not_found', reason: 'no_such_request' },
    });
  }
  socket.emit('cart:nope', {});
  ok(await socket.emitWithAck('session:whoami', {}));
});

const Empty = z.strictObject({});
const cartGet = (): FeatureRoutes => ({ routes: [route('cart:get', { schema: Empty, run: () => null as never })] });

test('[DISP1] an event routed by two features fails when the table is built', () => {
  const other: FeatureRoutes = { routes: [route('cart:add', { schema: Empty, run: () => null as never })] };
  assert.is(buildRouteTable([cartGet(), other]).size, 2);
  assert.throws(() => buildRouteTable([cartGet(), other, cartGet()]), /routed twice: cart:get/);
});

test('[DISP1] an app given a route for an event a feature already answers is not built', ({ app }) => {
  // Built from the running app's deps and never started: createApp only wires.
  assert.throws(() => createApp(app.ctx, [cartGet()]), /routed twice: cart:get/);
});

test.run();
