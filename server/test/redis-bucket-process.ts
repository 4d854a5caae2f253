import { openRedisState } from '../shared-state/redis-state.js';

/**
 * A process with its own Redis client (redis-state.test.ts): says `ready`, then on `go` takes
 * `takes` tokens at once from one bucket and answers how many it got.
 */
const [url = '', prefix = '', key = '', capacity = '0', takes = '0', now = '0'] = process.argv.slice(2);
const state = await openRedisState({ url, prefix });
const limit = { capacity: Number(capacity), refillPerSecond: 0.001 };
process.send?.('ready');
process.once('message', async () => {
  const verdicts = await Promise.all(Array.from({ length: Number(takes) }, () => state.take(key, limit, Number(now))));
  process.send?.(verdicts.filter((v) => v.ok).length);
  await state.close();
  process.disconnect();
});
