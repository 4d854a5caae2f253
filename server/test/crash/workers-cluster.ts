import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import { openDatabase, type Db } from '../../db/client.js';
import { type FakeOpenAi, splitInto, startFakeOpenAi, text } from '../fake-openai/fake-openai.js';
import type { TestSocket } from '../harness.js';
import { type RedisServer, startRedisServer } from '../redis-server.js';
import { bundleServer } from './server-process.js';
import { startWorkers, type WorkersServer } from './workers-server.js';

/** One WORKERS=2 shop (primary and two workers), its database, its model server and Redis (if any). */
export interface Cluster {
  variant: 'IPC' | 'Redis';
  server: WorkersServer;
  db: Db;
  /**
   * The fake OpenAI-compatible server every answer comes from: what crosses between the workers is
   * checked, not the built-in assistant, so no worker (nor a replacement) trains its classifier.
   * A short answer unless a suite queues another (`enqueue`) right before it asks.
   */
  model: FakeOpenAi;
  redis?: RedisServer;
  secret: string;
}

/** What a suite on the shared cluster has in its context: the cluster's parts, and its own tabs (closed at its end). */
export type ClusterSuite = Cluster & { sockets: TestSocket[] };

export const CLUSTER_SECRET = 'workers-test-secret-that-is-at-least-32-characters';
const SHORT_ANSWER = text(splitInto('Thanks for asking: yes, we ship there. ', 8));

/**
 * One cluster shared, in order, by the suites of one test file (server/serve/workers.process.test.ts):
 * a start costs about ten seconds of CPU (three processes load the server), once per variant instead
 * of once per suite. `open` starts it on first use (each suite's `before` awaits it); `end` stops it
 * (the last suite's `after`). Settings are the union of what the suites need:
 * - two tabs per session, so the cap test sees a third refused whichever worker it reaches;
 * - the stored checkpoint far behind (60 s), so text so far on worker 1 can only come from worker 0.
 */
export function sharedCluster(
  root: string,
  variant: Cluster['variant'],
  redisBin?: string,
): { open(): Promise<Cluster>; end(): Promise<void> } {
  const dir = join(root, '.test-tmp', `workers-${variant}-${process.pid}`);
  let started: Promise<Cluster> | undefined;
  let model: FakeOpenAi | undefined;
  let redis: RedisServer | undefined;
  const start = async (): Promise<Cluster> => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const bundle = await bundleServer(join(dir, 'server.mjs'));
    if (redisBin) redis = await startRedisServer(redisBin);
    model = await startFakeOpenAi({ fallback: SHORT_ANSWER });
    const server = await startWorkers(bundle, join(dir, 'data'), {
      SESSION_SECRET: CLUSTER_SECRET,
      SOCKETS_PER_SESSION: '2',
      ASSISTANT_ENGINE: 'openai',
      OPENAI_BASE_URL: model.baseURL,
      ASSISTANT_CHECKPOINT_MS: '60000',
      ...(redis && { REDIS_URL: redis.url }),
    });
    const db = openDatabase(join(dir, 'data', 'app.db'));
    return { variant, server, db, model, redis, secret: CLUSTER_SECRET };
  };
  return {
    open: () => (started ??= start()),
    async end() {
      const cluster = await started?.catch(() => undefined);
      cluster?.db.$client.close();
      await cluster?.server.stop();
      await redis?.close();
      await model?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A uvu suite on the shared cluster: its `before` starts the cluster if no suite did yet, and puts
 * the cluster's parts in the suite's context; its `after` closes the tabs it opened (the cluster
 * stays up for the next suite).
 */
export function clusterSuite<Extra extends object = object>(name: string, open: () => Promise<Cluster>) {
  const test = suite<ClusterSuite & Extra>(name);
  test.before(async (ctx) => {
    Object.assign(ctx, await open(), { sockets: [] });
  });
  test.after((ctx) => {
    for (const socket of ctx.sockets) socket.disconnect();
    ctx.sockets = [];
  });
  return test;
}
