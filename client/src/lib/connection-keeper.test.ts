import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { io } from 'socket.io-client';
import { startTestApp, type TestApp } from '../../../server/test/harness.js';
import { closeSocket } from '../../../server/test/helpers.js';
import { ConnectionKeeper, type AppSocket } from './connection-keeper.js';
import { connectionNotice, type ConnectionState } from './connection-state.js';

/**
 * The tab's connection keeper against the real server's socket caps, over a real
 * socket.io-client: a tab past SOCKETS_PER_SESSION is told why, keeps trying, and the message
 * goes once it gets in. The cap is 1 here, so a second socket of the session is one too many.
 */
const test = suite<{ app: TestApp }>('connection keeper ↔ socket caps');
test.before(async (ctx) => {
  ctx.app = await startTestApp({ SOCKETS_PER_SESSION: '1' });
});
test.after(async ({ app }) => app.stop());

/** A keeper over a fresh socket of the session; `next` resolves with the next state that passes. */
function keptTab(app: TestApp, cookie: string) {
  const socket: AppSocket = io(app.url, {
    autoConnect: false,
    transports: ['websocket'],
    extraHeaders: { cookie, origin: app.origin },
    forceNew: true,
  });
  const states: ConnectionState[] = [];
  const waiting: Array<{ accept: (s: ConnectionState) => boolean; resolve: (s: ConnectionState) => void }> = [];
  const keeper = new ConnectionKeeper(socket, {
    onChange: (state) => {
      states.push(state);
      for (const w of waiting.filter((w) => w.accept(state))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(state);
      }
    },
    isOnline: () => true,
    // Short waits keep the test quick; what it checks never depends on them.
    retryDelaysMs: [0, 10, 30],
  });
  // The time limit only turns a missing state into a failure instead of a hung run.
  const next = (accept: (s: ConnectionState) => boolean) =>
    new Promise<ConnectionState>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such state among ${states.length}, the last ${JSON.stringify(states.at(-1))}`)),
        10_000,
      );
      waiting.push({
        accept,
        resolve: (s) => {
          clearTimeout(timer);
          resolve(s);
        },
      });
    });
  return { socket, keeper, states, next };
}

test('[CAP4] a tab past the cap says why, keeps trying, and the message goes once it connects', async ({ app }) => {
  const cookie = await app.guestCookie();
  const first = await app.connect(cookie);
  const tab = keptTab(app, cookie);
  const refusedTwice = tab.next(() => tab.states.filter((x) => x.refusal === 'rate_limited').length >= 2);
  tab.keeper.start(async () => undefined);

  try {
    const refused = await refusedTwice;
    assert.equal(refused, { status: 'connecting', refusal: 'rate_limited' });
    assert.is(connectionNotice(refused)?.key, 'connection.refused.rate_limited');

    const connected = tab.next((s) => s.status === 'connected');
    await closeSocket(app, first);
    assert.equal(await connected, { status: 'connected', refusal: null });
    assert.is(connectionNotice(await connected), null);

    // A later drop is an ordinary reconnect: the refusal from before is not told again.
    const dropped = tab.next((s) => s.status !== 'connected');
    tab.socket.io.engine.close();
    assert.equal(await dropped, { status: 'reconnecting', refusal: null });
    assert.equal(await tab.next((s) => s.status === 'connected'), { status: 'connected', refusal: null });
  } finally {
    tab.keeper.stop();
  }
});

test.run();
