import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import { createMemoryState } from './memory-state.js';
import { type IpcChannel, ipcSharedState, serveSharedState, SharedStateUnavailableError } from './ipc-state.js';
import { createMyMemberships, MEMBERSHIP_TTL_MS } from './my-memberships.js';
import { sharedStateContract } from './shared-state.contract.js';
import { exited, STATE_PROCESS, startStateProcess, TSX_ARGV } from '../test/shared-state-processes.js';

const T0 = 1_700_000_000_000;
const limit = { capacity: 3, refillPerSecond: 1 };

// The contract, against a state held by another process: every call crosses real IPC, and the
// child sends other traffic before each reply ([SHARED4]).
sharedStateContract('IPC to a child process', async () => {
  const child = await startStateProcess('serve');
  const state = ipcSharedState(child);
  return {
    ...state,
    async close() {
      await state.close();
      child.disconnect();
      await exited(child);
    },
  };
});

const test = suite('shared state over IPC');

test('[SHARED1] two worker processes taking from one bucket of the primary at once never get more than its capacity', async () => {
  const state = createMemoryState();
  const stop = serveSharedState(cluster, state);
  cluster.setupPrimary({ exec: STATE_PROCESS, execArgv: TSX_ARGV, args: ['take', '40', '25'] });
  const took: number[] = [];
  const workers: Worker[] = [cluster.fork(), cluster.fork()];
  await Promise.all(
    workers.map(async (worker) => {
      // The worker's requests reach this listener too (served by the cluster's): only its report counts here.
      worker.on('message', (message: { took?: number }) => {
        if (message.took !== undefined) took.push(message.took);
      });
      await once(worker, 'exit');
    }),
  );
  stop();
  assert.is(took.length, 2);
  assert.is(took[0]! + took[1]!, 25, `took ${took.join(' + ')} of 80 asked`);
  assert.equal(await state.take('one-bucket', { capacity: 25, refillPerSecond: 0.001 }, T0), {
    ok: false,
    retryAfterMs: 1_000_000,
  });
});

test('[SHARED9] a process renewing 2,500 memberships sends the primary 3 requests, not one per member', async () => {
  const child = await startStateProcess('serve-plain');
  let requests = 0;
  const counted: IpcChannel = {
    get connected() {
      return child.connected;
    },
    send(message, callback) {
      requests++;
      return child.send(message, callback);
    },
    on: (event, listener) => child.on(event, listener),
    off: (event, listener) => child.off(event, listener),
  };
  const state = ipcSharedState(counted);
  let now = T0;
  const memberships = createMyMemberships(state, () => now);
  try {
    for (let i = 0; i < 2500; i++) await memberships.join(`session-${i % 1250}`, `socket-${i}`);
    await memberships.join('ip', 'socket-0');
    requests = 0;
    now = T0 + MEMBERSHIP_TTL_MS - 1;
    await memberships.renew();
    assert.is(requests, 3, `${requests} requests for 2,501 memberships of 1,251 sets`);
    const later = T0 + MEMBERSHIP_TTL_MS;
    assert.equal(await state.members('session-7', later), ['socket-7', 'socket-1257'], 'renewed past T0 + TTL');
    assert.equal(await state.members('ip', later), ['socket-0']);
    assert.equal(await state.members('ip', now + MEMBERSHIP_TTL_MS), [], 'until the renewal’s expiry only');
  } finally {
    await state.close();
    child.disconnect();
    await exited(child);
  }
});

test("[SHARED8] a worker killed by SIGKILL leaves the primary's state at once: its memberships and leases go", async () => {
  const state = createMemoryState();
  const stop = serveSharedState(cluster, state);
  cluster.setupPrimary({ exec: STATE_PROCESS, execArgv: TSX_ARGV, args: ['hold', 'worker-a:socket-1'] });
  const worker = cluster.fork();
  // Its requests reach this listener too: only its report counts here.
  await new Promise<void>((held) => worker.on('message', (m: { holding?: string }) => m.holding && held()));
  const now = Date.now();
  assert.equal(await state.members('held', now), ['worker-a:socket-1']);
  assert.equal(await state.members('held-all', now), ['worker-a:socket-1'], 'joined by joinAll ([SHARED9])');
  assert.is(await state.lease('held-lease', 'another', 60_000, now), false);
  const gone = once(cluster, 'exit');
  worker.process.kill('SIGKILL');
  await gone;
  stop();
  assert.equal(await state.members('held', now), [], 'its membership, long before its expiry');
  assert.equal(await state.members('held-all', now), [], 'the one joinAll gave it too');
  assert.is(await state.lease('held-lease', 'another', 60_000, now), true, 'its lease');
});

test('[SHARED5] a call after the primary is gone fails at once with SharedStateUnavailableError, and so do calls in flight', async () => {
  const child = await startStateProcess('silent');
  const state = ipcSharedState(child, { timeoutMs: 3_600_000 });
  const inFlight = Promise.allSettled([state.take('k', limit, T0)]);
  child.kill('SIGKILL');
  await exited(child);
  const results = [
    ...(await inFlight),
    ...(await Promise.allSettled([state.take('k', limit, T0), state.join('s', 'm', 1000, T0)])),
  ];
  for (const result of results) {
    assert.is(result.status, 'rejected', 'answered without a primary');
    const err = (result as PromiseRejectedResult).reason;
    assert.instance(err, SharedStateUnavailableError);
    assert.is((err as SharedStateUnavailableError).why, 'primary_gone');
  }
  await state.close();
});

test('[SHARED5] a primary that does not answer within the timeout: the call rejects with a timeout', async () => {
  const child = await startStateProcess('silent');
  const state = ipcSharedState(child, { timeoutMs: 50 });
  try {
    await state.take('k', limit, T0);
    assert.unreachable('answered by a silent primary');
  } catch (err) {
    assert.instance(err, SharedStateUnavailableError);
    assert.is((err as SharedStateUnavailableError).why, 'timeout');
    assert.match((err as Error).message, /no reply to take/);
  } finally {
    await state.close();
    child.disconnect();
    await exited(child);
  }
});

test('[SHARED4] the primary answers only tagged requests: other IPC traffic gets no reply and changes nothing', async () => {
  const child = await startStateProcess('serve');
  const replies: unknown[] = [];
  child.on('message', (m) => replies.push(m));
  child.send({ type: 'adapter', id: 1, op: 'take', args: ['k', limit, T0] });
  child.send({ tag: 'visionx:shared-state', id: 2, op: 'close', args: [] });
  const state = ipcSharedState(child);
  assert.equal(await state.take('k', limit, T0), { ok: true }, 'the bucket is whole: nothing else was taken');
  await state.close();
  child.disconnect();
  await exited(child);
  const ours = replies.filter((m) => (m as { tag?: string }).tag === 'visionx:shared-state');
  assert.is(ours.length, 1, `one reply, to the client's one request: ${JSON.stringify(replies)}`);
});

test.run();
