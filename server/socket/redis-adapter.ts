import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';

export interface RedisAdapterOptions {
  /** Connection errors, for the log: the client reconnects on its own meanwhile. */
  onError?: (error: Error) => void;
  /** The stream and channel names start with it, so several shops share one server ([REDIS3]). */
  prefix?: string;
}

/** The most a shutdown waits for Redis to take what is still queued before the client is dropped. */
const CLOSE_WITHIN_MS = 1000;

/**
 * Socket.IO's Redis Streams adapter on `url` (REDIS_URL), for `io.adapter(…)`: every broadcast of
 * one process reaches the sockets of every process on every machine ([REDIS5]). Its client is
 * closed when the last namespace's adapter closes, which `io.close()` does (docs/decisions/030-redis.md).
 *
 * Unlike RedisState's, this client keeps node-redis's offline queue and never gives up
 * reconnecting: the library's reading loop calls XREAD again at once after a failure, so a
 * client that rejected at once (or was closed) would spin; queued, it waits for Redis, and
 * broadcasts made meanwhile go out when Redis is back.
 */
export function redisAdapter(url: string, { onError = () => {}, prefix = 'vx:' }: RedisAdapterOptions = {}) {
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000) } });
  client.on('error', onError);
  // The library drops the promises of PUBLISH (serverSideEmit, broadcasts with acks) and of its
  // subscriber's SUBSCRIBE (flushed when io.close() comes before Redis answered it): a rejection
  // there would be unhandled and stop the process, so it is logged instead.
  settle(client, 'publish', onError);
  const duplicate = client.duplicate.bind(client);
  Object.assign(client, {
    duplicate: (...args: Parameters<typeof duplicate>) => settle(duplicate(...args), 'subscribe', onError),
  });
  client.connect().catch(onError);

  const factory = createAdapter(client, {
    streamName: `${prefix}socket.io`,
    channelPrefix: `${prefix}socket.io`,
    // How long a reader waits in XREAD; also how long its connection outlives io.close().
    blockTimeInMs: 1000,
  });
  let open = 0;
  // A function, not an arrow: Socket.IO calls `new` on it.
  return function redisStreamsAdapter(nsp: unknown) {
    const adapter = factory(nsp);
    const close = adapter.close.bind(adapter);
    open++;
    adapter.close = async () => {
      await close();
      if (--open === 0) await closeClient(client);
    };
    return adapter;
  };
}

/** `client[method]` whose rejections go to `onError` (its promise then resolves undefined). */
function settle<C extends object>(client: C, method: 'publish' | 'subscribe', onError: (error: Error) => void): C {
  const original = (client as Record<string, unknown>)[method] as (...args: unknown[]) => Promise<unknown>;
  const guarded = (...args: unknown[]) => original.apply(client, args).catch(onError);
  return Object.assign(client, { [method]: guarded });
}

async function closeClient(client: ReturnType<typeof createClient>) {
  if (!client.isOpen) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, CLOSE_WITHIN_MS);
  });
  await Promise.race([client.close().catch(() => {}), late]);
  clearTimeout(timer);
  if (client.isOpen) client.destroy();
}
