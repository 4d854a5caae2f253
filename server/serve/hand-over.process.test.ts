import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { bundleServer } from '../test/crash/server-process.js';
import { openRawWebSocket, type RawWebSocket } from '../test/crash/raw-websocket.js';
import { pollUntil, tcpQueues } from '../test/crash/tcp-queues.js';
import { guestCookie, startWorkers, type WorkersServer } from '../test/crash/workers-server.js';

/**
 * The primary hands each connection to a worker after reading its first request
 * (docs/decisions/028-workers-cluster.md). What the client sends next must reach the worker,
 * whenever it comes: a websocket client sends its Socket.IO CONNECT as soon as the transport opens.
 */
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dir = join(root, '.test-tmp', `hand-over-${process.pid}`);
const test = suite<{ server: WorkersServer; pids: number[]; sockets: RawWebSocket[] }>(
  'WORKERS=2: handing a connection to a worker',
);

test.before(async (ctx) => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bundle = await bundleServer(join(dir, 'server.mjs'));
  ctx.server = await startWorkers(bundle, join(dir, 'data'), {
    SESSION_SECRET: 'hand-over-test-secret-that-is-at-least-32-characters',
  });
  ctx.pids = (await ctx.server.workersReady(2)).map((line) => line.pid);
  ctx.sockets = [];
});
test.after(async ({ server, pids, sockets }) => {
  for (const socket of sockets) socket.close();
  for (const pid of pids) signal(pid, 'SIGCONT');
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const signal = (pid: number, name: NodeJS.Signals) => {
  try {
    process.kill(pid, name);
  } catch {
    // gone already
  }
};

/** The connection's bytes, on the primary's end: its local port is the shop's, the remote the client's. */
const atServer = (url: string, client: RawWebSocket) => tcpQueues(Number(new URL(url).port), client.localPort);
const atClient = (url: string, client: RawWebSocket) => tcpQueues(client.localPort, Number(new URL(url).port));

/** A websocket connection whose upgrade request the primary has read (and so handed over, or queued for a worker). */
async function upgraded(ctx: { server: WorkersServer; sockets: RawWebSocket[] }, cookie: string) {
  const { url } = ctx.server;
  const client = await openRawWebSocket(url);
  ctx.sockets.push(client);
  await client.upgrade('/socket.io/?EIO=4&transport=websocket', { origin: url, cookie });
  await pollUntil('the primary read the upgrade request', () => {
    const [here, there] = [atClient(url, client), atServer(url, client)];
    return here?.unsent === 0 && there?.unread === 0;
  });
  return client;
}

/** Sends Socket.IO's CONNECT frame (8 bytes masked) and waits until the server's machine has it. */
async function sendConnect(url: string, client: RawWebSocket) {
  await client.sendText('40');
  await pollUntil('the CONNECT reached the server machine', () => atClient(url, client)?.unsent === 0);
}

test('[WORK6] a Socket.IO CONNECT sent right after the upgrade request reaches the worker, handed over at once or queued', async (ctx) => {
  const { server, pids } = ctx;
  const cookie = await guestCookie(server.url);
  // With the workers stopped, the primary hands the first connection over and waits for the
  // worker's acknowledgement as long as this test likes (under load: an IPC round trip or more);
  // the second waits in the queue behind it (both go to the same worker: neither has a session yet).
  for (const pid of pids) signal(pid, 'SIGSTOP');
  const [sent, queued] = [await upgraded(ctx, cookie), await upgraded(ctx, cookie)];
  // What a client sends once the transport is open; sent now, it reaches the machine while the
  // primary still holds the socket.
  await sendConnect(server.url, sent);
  await sendConnect(server.url, queued);
  // A third connection read by the primary after those: had the primary still been reading the
  // first two, their CONNECTs (already there) would have been read too.
  await upgraded(ctx, cookie);
  assert.is(atServer(server.url, sent)?.unread, 8, 'the CONNECT of the connection handed over waits for the worker');
  assert.is(atServer(server.url, queued)?.unread, 8, 'the CONNECT of the queued connection waits for the worker');

  for (const pid of pids) signal(pid, 'SIGCONT');
  for (const client of [sent, queued]) {
    const connected = await client.nextText((text) => text.startsWith('4'));
    assert.match(connected, /^40\{"sid":"[\w-]+"\}$/, 'Socket.IO answers the CONNECT');
  }
});

test.run();
