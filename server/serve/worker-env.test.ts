import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type ReadyChannel, reportReady } from './worker-env.js';

const goneWith = (channel: ReadyChannel) =>
  new Promise<Error>((gone) => reportReady(channel, { slot: 1, instanceId: 'worker-1' }, gone));

test('[WORK7] ready, sent on a channel whose other end has gone, reaches the callback, not an unhandled error', async () => {
  // A real IPC channel whose other end died, as a worker's when its primary is killed.
  const peer = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const disconnected = once(peer, 'disconnect');
  peer.kill('SIGKILL');
  await disconnected;
  // Node raises a failed send without a callback as an 'error' event; on `process`, none handles it.
  const unhandled = once(peer, 'error').then(([err]) => {
    throw new Error(`an error event instead of the callback: ${err}`);
  });
  const error = (await Promise.race([goneWith(peer), unhandled])) as NodeJS.ErrnoException;
  assert.is(error.code, 'ERR_IPC_CHANNEL_CLOSED');
});

test('[WORK7] a write that fails (EPIPE: the primary died before the worker noticed) reaches the callback', async () => {
  const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
  const sent: unknown[] = [];
  const channel: ReadyChannel = {
    send: (message, callback) => {
      sent.push(message);
      process.nextTick(callback, epipe);
      return false;
    },
  };
  assert.is(await goneWith(channel), epipe);
  assert.equal(sent, [{ type: 'vx:worker-ready', slot: 1, instanceId: 'worker-1' }]);
});

test('ready, sent: nothing else happens', async () => {
  let gone = false;
  const delivered = new Promise<void>((done) =>
    reportReady(
      {
        send: (_message, callback) => {
          process.nextTick(callback, null);
          process.nextTick(done);
          return true;
        },
      },
      { slot: 0, instanceId: 'worker-0' },
      () => (gone = true),
    ),
  );
  await delivered;
  assert.is(gone, false);
});

test.run();
