import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { once } from 'node:events';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { createStartQueue } from './start-queue.js';

const test = suite('start queue');

/** Resolves when `n` starts have been run (counted by `ran`). */
const until = (ran: () => number, n: number) =>
  new Promise<void>((resolve) => {
    const look = () => (ran() >= n ? resolve() : setImmediate(look));
    look();
  });

test('[HOT2] starts run in the order they were queued, each once, one per turn of the loop', async () => {
  const queue = createStartQueue();
  const order: string[] = [];
  for (const name of ['a', 'b', 'c', 'd']) queue.add(() => order.push(name));
  assert.is(queue.size, 4);
  // A turn of the loop: an immediate queued now runs after the first start's, before the second's.
  setImmediate(() => order.push('turn'));
  await until(() => order.length, 5);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(order, ['a', 'turn', 'b', 'c', 'd']);
  assert.is(queue.size, 0);
});

test('[HOT2] a start taken out before its turn never runs; the others keep their order', async () => {
  const queue = createStartQueue();
  const order: string[] = [];
  const leaveA = queue.add(() => order.push('a'));
  const leaveB = queue.add(() => order.push('b'));
  queue.add(() => order.push('c'));
  assert.is(leaveB(), true);
  assert.is(queue.size, 2);
  await until(() => order.length, 2);
  assert.equal(order, ['a', 'c']);
  assert.is(leaveA(), false, 'too late: it ran');
  assert.is(leaveB(), false, 'already out');
  // Emptied while a turn was booked: the booked turn finds nothing, and a later start still runs.
  const leaveD = queue.add(() => order.push('d'));
  leaveD();
  queue.add(() => order.push('e'));
  await until(() => order.length, 3);
  assert.equal(order, ['a', 'c', 'e']);
});

/**
 * A running stream: tokens over a real loopback socket, the next written when the last one was
 * read (as an upstream keeps sending). Records 'token' in `events` per token read.
 */
async function tokenStream(events: string[]) {
  const peers: Socket[] = [];
  const server = createServer((peer) => {
    peers.push(peer);
    peer.on('error', () => undefined); // the reset when the test hangs up mid-token
    peer.on('data', () => peer.write('t'));
    peer.write('t');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client: Socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
  client.on('data', () => {
    events.push('token');
    client.write('k');
  });
  await once(client, 'data');
  // Flowing: tokens keep arriving while the loop has nothing else to do.
  await new Promise<void>((resolve) => client.once('data', () => resolve()));
  return () => {
    client.removeAllListeners('data');
    for (const socket of [client, ...peers]) socket.destroy();
    server.close();
  };
}

const between = (events: string[], from: string, to: string) =>
  events.slice(events.indexOf(from) + 1, events.indexOf(to)).filter((e) => e === 'token').length;

test('[HOT2] the hazard: 50 starts launched at once, each on the next turn, hold every token until the last', async () => {
  const events: string[] = [];
  const stop = await tokenStream(events);
  for (let i = 0; i < 50; i++) setImmediate(() => events.push(`start ${i}`));
  await until(() => events.filter((e) => e.startsWith('start')).length, 50);
  stop();
  assert.ok(events.includes('token'));
  assert.is(between(events, 'start 0', 'start 49'), 0);
});

test('[HOT2] through the queue, a running stream’s tokens are relayed between the 50 starts', async () => {
  const events: string[] = [];
  const stop = await tokenStream(events);
  const queue = createStartQueue();
  for (let i = 0; i < 50; i++) queue.add(() => events.push(`start ${i}`));
  await until(() => events.filter((e) => e.startsWith('start')).length, 50);
  stop();
  const starts = events.filter((e) => e.startsWith('start'));
  assert.equal(
    starts,
    Array.from({ length: 50 }, (_, i) => `start ${i}`),
  );
  assert.ok(between(events, 'start 0', 'start 49') > 0, `tokens between the starts: ${events.join(', ')}`);
});

test.run();
