import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type RedisServer, redisServerOrSkip, startRedisServer } from '../test/redis-server.js';
import { GC_MARGIN_MS } from './redis-scripts.js';
import { openRedisState, type RedisState } from './redis-state.js';
import { sharedStateContract } from './shared-state.contract.js';
import { SharedStateUnavailable } from './unavailable.js';

const T0 = 1_700_000_000_000; // the app's clock, years before Redis's: Redis's never decides
const limit = { capacity: 3, refillPerSecond: 1 };
const CHILD = fileURLToPath(new URL('../test/redis-bucket-process.ts', import.meta.url));
let prefixes = 0;
const freshPrefix = () => `vx-test-${process.pid}-${++prefixes}:`;

/** Resolves with the rejection, or fails the test if the call is still pending after `ms`. */
async function rejection(call: Promise<unknown>, ms = 5000): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const pending = new Promise((resolve) => {
    timer = setTimeout(() => resolve('still pending'), ms);
  });
  const settled = await Promise.race([
    call.then(
      (value) => ({ resolved: value }),
      (error: unknown) => error,
    ),
    pending,
  ]);
  clearTimeout(timer);
  return settled;
}

/** A process of its own taking `takes` tokens from `key` on `go`: answers how many it got. */
async function bucketProcess(url: string, prefix: string, key: string, capacity: number, takes: number) {
  const args = [url, prefix, key, String(capacity), String(takes), String(T0)];
  const child = fork(CHILD, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`bucket process exited (${code})`)));
    });
  await next();
  return {
    go() {
      child.send('go');
      return next() as Promise<number>;
    },
  };
}

const bin = redisServerOrSkip('the Redis shared-state tests (server/shared-state/redis-state.test.ts)');
if (bin) {
  const server = await startRedisServer(bin);
  sharedStateContract('redis', () => openRedisState({ url: server.url, prefix: freshPrefix() }));

  const test = suite<{ server: RedisServer }>('shared state: redis across processes');
  test.before((ctx) => {
    ctx.server = server;
  });
  test.after(() => server.close());

  test('[REDIS1] two processes, each with its own client, taking from one bucket spend exactly its capacity', async () => {
    const prefix = freshPrefix();
    const a = await bucketProcess(server.url, prefix, 'shared', 40, 60);
    const b = await bucketProcess(server.url, prefix, 'shared', 40, 60);
    const [gotA, gotB] = await Promise.all([a.go(), b.go()]);
    assert.is(gotA + gotB, 40, `A got ${gotA}, B got ${gotB}`);
  });

  test('[REDIS3] two prefixes on one server share nothing', async () => {
    const [one, two] = await Promise.all([
      openRedisState({ url: server.url, prefix: freshPrefix() }),
      openRedisState({ url: server.url, prefix: freshPrefix() }),
    ]);
    for (let i = 0; i < 3; i++) await one.take('k', limit, T0);
    assert.equal(await one.take('k', limit, T0), { ok: false, retryAfterMs: 1000 });
    assert.equal(await two.take('k', limit, T0), { ok: true }, 'the other prefix has its own bucket');
    await one.join('tabs', 'a', 1000, T0);
    assert.equal(await two.members('tabs', T0), []);
    await Promise.all([one.close(), two.close()]);
  });

  test('[REDIS2] expiry is the app’s clock; Redis’s TTL only collects garbage, well after it', async () => {
    const prefix = freshPrefix();
    const state = await openRedisState({ url: server.url, prefix });
    const raw = createClient({ url: server.url });
    await raw.connect();
    assert.is(await state.join('tabs', 'a', 60_000, T0), 1, 'T0 is long past by Redis’s clock, and still counts');
    assert.equal(await state.members('tabs', T0 + 59_999), ['a']);
    assert.equal(await state.members('tabs', T0 + 60_000), [], 'expired by the app’s clock alone');
    await state.join('tabs', 'b', 60_000, T0);
    assert.ok((await raw.pTTL(`${prefix}set:tabs`)) > 60_000 + GC_MARGIN_MS - 5000, 'garbage collection waits');
    await state.lease('leader', 'A', 1000, T0);
    assert.ok((await raw.pTTL(`${prefix}lease:leader`)) > GC_MARGIN_MS);
    await state.take('k', limit, T0);
    assert.ok((await raw.pTTL(`${prefix}bucket:${limit.capacity}/${limit.refillPerSecond}:k`)) > GC_MARGIN_MS);
    raw.destroy();
    await state.close();
  });

  test.run();

  const outage = suite<{ server: RedisServer; state: RedisState }>('shared state: redis away');
  outage.before(async (ctx) => {
    ctx.server = await startRedisServer(bin);
    ctx.state = await openRedisState({ url: ctx.server.url, prefix: freshPrefix(), callTimeoutMs: 300 });
  });
  outage.after(async ({ server: away, state }) => {
    await state.close();
    await away.close();
  });

  outage(
    '[REDIS4] Redis stopped: calls reject with shared_state_unavailable, then work again once it is back',
    async ({ server: away, state }) => {
      for (let i = 0; i < 3; i++) await state.take('k', limit, T0);
      await away.stop();
      for (const call of [
        state.take('k', limit, T0),
        state.join('tabs', 'a', 1000, T0),
        state.lease('leader', 'A', 1000, T0),
      ]) {
        const error = await rejection(call);
        assert.instance(error, SharedStateUnavailable);
        assert.is((error as SharedStateUnavailable).code, 'shared_state_unavailable');
      }
      await away.restart();
      await state.ready();
      assert.equal(await state.take('k', limit, T0), { ok: true }, 'a fresh server: the bucket is full again');
      assert.is(await state.join('tabs', 'a', 1000, T0), 1);
    },
  );

  outage(
    '[REDIS4] Redis hung (connected, answering nothing): a call rejects instead of waiting',
    async ({ server: away, state }) => {
      away.freeze();
      const error = await rejection(state.take('hung', limit, T0));
      away.thaw();
      assert.instance(error, SharedStateUnavailable);
      assert.equal(await state.take('hung', limit, T0), { ok: true }, 'answers again once Redis does');
    },
  );

  outage.run();
}
