import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { once } from 'node:events';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { deadline } from './deadline.js';

/** A loopback pair: what `peer` writes waits in the kernel until `ours` reads it in a poll phase. */
async function pair(): Promise<{ ours: Socket; peer: Socket; close(): void }> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const accepted = once(server, 'connection');
  const ours = connect((server.address() as AddressInfo).port, '127.0.0.1');
  const [peer] = (await accepted) as [Socket];
  await once(ours, 'connect');
  return {
    ours,
    peer,
    close: () => {
      ours.destroy();
      peer.destroy();
      server.close();
    },
  };
}

/** An answer already sent, then the event loop held past the deadline: which comes first? */
async function afterStall(arm: (late: () => void) => void): Promise<string> {
  const { ours, peer, close } = await pair();
  let first = '';
  ours.once('data', () => (first ||= 'answer'));
  arm(() => (first ||= 'late'));
  peer.write('x'); // in the kernel now; read by `ours` in the next poll phase
  const until = Date.now() + 50;
  while (Date.now() < until); // the stall: a synchronous stretch longer than the deadline
  await once(ours, 'data').catch(() => undefined);
  await new Promise((resolve) => setImmediate(resolve)); // after the check phase where a deadline's `late` runs
  close();
  return first;
}

test('[SHARED4] an answer that arrived during a stall of the event loop wins over the deadline it outlasted', async () => {
  assert.is(await afterStall((late) => deadline(10, late)), 'answer');
});

test('the same stall with a bare setTimeout: the deadline fires first (what deadline() prevents)', async () => {
  assert.is(await afterStall((late) => setTimeout(late, 10)), 'late');
});

test('deadline runs late once no answer came, and never after its cancel', async () => {
  let runs = 0;
  deadline(5, () => runs++);
  const cancel = deadline(5, () => runs++);
  cancel();
  await new Promise<void>((resolve) => deadline(30, resolve)); // a later deadline: the first two are past
  assert.is(runs, 1);
});

test.run();
