import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedCluster } from '../test/crash/workers-cluster.js';
import { redisServerOrSkip } from '../test/redis-server.js';
import { presenceSuite } from './presence-suite.js';
import { streamsSuite } from './streams-suite.js';
import { killsSuite, sharedSuite, startSuite } from './workers-suites.js';

/**
 * WORKERS=2 with real processes (docs/decisions/028-workers-cluster.md, 031): every suite on one
 * cluster per variant, started once (server/test/crash/workers-cluster.ts), in this order: the
 * start (it counts what the primary wrote), presence (it counts the staff online), what crosses
 * between the workers, chat streams, and the kills last. Twice: with the primary keeping the shared
 * state and the cluster adapter carrying rooms (IPC), and with REDIS_URL (Redis keeps both), where
 * redis-server is installed.
 */
const root = resolve(fileURLToPath(import.meta.url), '../../..');

function onOneCluster(variant: 'IPC' | 'Redis', redisBin?: string): void {
  const { open, end } = sharedCluster(root, variant, redisBin);
  startSuite(root, variant, open);
  presenceSuite(variant, open);
  sharedSuite(variant, open);
  streamsSuite(variant, open);
  killsSuite(variant, open, end);
}

onOneCluster('IPC');
const redisBin = redisServerOrSkip('WORKERS=2 on Redis (server/serve/workers.process.test.ts)');
if (redisBin) onOneCluster('Redis', redisBin);
