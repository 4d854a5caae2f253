import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { setTimeout as after } from 'node:timers/promises';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { exited, startStateProcess } from '../test/shared-state-processes.js';
import { closeHandoffsWhenGone, closeQueuedHandoffs } from './queued-handoffs.js';

const test = suite('WORKERS: connections on their way to a worker that dies');

/** How long a client may wait for its close before the test calls it hung (a bound on failure, not a wait). */
const HUNG_MS = 10_000;

/** `count` clients connected to a server of this process: the server's ends, and each client's close. */
async function connections(count: number) {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  const accepted: Socket[] = [];
  const allAccepted = new Promise<void>((done) =>
    server.on('connection', (socket) => accepted.push(socket) === count && done()),
  );
  const clients = Array.from({ length: count }, () => connect(port, '127.0.0.1'));
  const closed = clients.map((client) => once(client, 'close').then(() => 'closed' as const));
  await allAccepted;
  return { server, accepted, closed };
}

test('[WORK9] connections on their way to a worker killed before it took them are closed, so their clients connect again', async () => {
  const { server, accepted, closed } = await connections(3);

  const child = await startStateProcess('silent');
  // One handle goes out at a time: the first awaits the child's acknowledgement, the others queue.
  for (const socket of accepted) child.send('take it', socket);
  child.kill('SIGKILL'); // in the same turn: the child never acknowledges the first
  await exited(child);
  // The two queued, and the one in flight unless Node closed it already (when the channel's end was read first).
  assert.ok(closeQueuedHandoffs(child) >= 2);

  const hung = after(HUNG_MS).then(() => 'hung' as const);
  assert.equal(await Promise.all(closed.map((c) => Promise.race([c, hung]))), ['closed', 'closed', 'closed']);
  server.close();
});

test('[WORK9] a connection handed to a worker after it died is closed at once, not queued behind the one it never acknowledged', async () => {
  const { server, accepted, closed } = await connections(2);

  const child = await startStateProcess('silent');
  closeHandoffsWhenGone(
    child as unknown as { send: (...args: unknown[]) => boolean },
    () => child.exitCode !== null || child.signalCode !== null || !child.connected,
  );
  child.send('take it', accepted[0]); // awaits an acknowledgement that never comes
  child.kill('SIGKILL');
  await exited(child);
  closeQueuedHandoffs(child); // what the primary does when it sees the exit
  // The cluster still lists the worker until its channel's end is seen too: sticky hands it another.
  const heard = new Promise<Error | null>((done) => child.send('take it', accepted[1], (error) => done(error)));

  const hung = after(HUNG_MS).then(() => 'hung' as const);
  assert.equal(await Promise.all(closed.map((c) => Promise.race([c, hung]))), ['closed', 'closed']);
  assert.instance(await heard, Error);
  server.close();
});

test.run();
