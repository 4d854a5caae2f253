import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { createAdapter } from '@socket.io/cluster-adapter';
import { setupWorker } from '@socket.io/sticky';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { start } from '../start.js';
import { onStopSignal } from './one-process.js';
import { ipcSharedState } from '../shared-state/ipc-state.js';
import { buildShopApp, openShopDatabase, openShopSharedState, shopSecret } from './shop.js';
import { sweepDeadOwners } from '../features/chat/answer-owner.js';
import { isOwnerDied, reportReady, workerRole } from './worker-env.js';

/**
 * A worker of several (WORKERS > 1): the primary did the start-up work, so opening the database
 * finds no migration left. It serves the connections the primary hands it (`@socket.io/sticky`:
 * every request of one Socket.IO session reaches the same worker), its rooms reach every worker's
 * sockets (`@socket.io/cluster-adapter`), and it runs the once-per-shop jobs only if it leads.
 * It never listens on PORT (the primary does); in tests, WORKER_DIRECT_PORT_BASE + slot.
 */
export async function runWorker(config: Config, log: Logger): Promise<void> {
  const { slot, leader } = workerRole(process.env);
  const instanceId = `${slot}:${process.pid}:${randomUUID()}`;
  const workerLog = log.child({ worker: slot });
  const direct =
    config.WORKER_DIRECT_PORT_BASE === undefined ? null : await listenDirect(config.WORKER_DIRECT_PORT_BASE + slot);
  const db = openShopDatabase(config);
  // With REDIS_URL, createIo puts the Redis Streams adapter in (several machines); else the cluster's.
  const ioAdapter = config.REDIS_URL ? undefined : createAdapter();
  // The limits and connections every worker agrees on: the primary's over IPC, or Redis.
  const shared = await openShopSharedState(config, workerLog, () => ipcSharedState(process));
  const app = buildShopApp(config, db, workerLog, shopSecret(config), { instanceId, ioAdapter, shared });
  setupWorker(app.io);
  start(app, { alone: false, leader });
  // Another worker died (its primary saw it exit): its answers still streaming end now [WORK8].
  process.on('message', (message: unknown) => {
    if (!isOwnerDied(message)) return;
    try {
      const marked = sweepDeadOwners(app.ctx, { owner: message.owner });
      if (marked > 0) workerLog.warn({ marked }, 'answers of a worker that died marked interrupted');
    } catch (err) {
      workerLog.error({ err }, 'marking the answers of a worker that died failed');
    }
  });
  // On SIGTERM or SIGINT, or once the primary is gone; whichever comes first stops it, once.
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      direct?.close();
      await app.close();
      await shared?.close();
      db.$client.close();
    })();
    return stopped;
  };
  onStopSignal(workerLog, stop);
  // Its connections go to the app's server as the primary's do.
  direct?.on('connection', (socket) => app.httpServer.emit('connection', socket));
  workerLog.info(
    { leader, jobs: app.running.map((job) => job.name), pid: process.pid, directPort: direct?.address() },
    'worker ready',
  );
  // Its primary gone, nothing hands this worker connections any more: it stops as on SIGTERM.
  reportReady(process, { slot, instanceId }, (error) => {
    workerLog.warn({ code: (error as NodeJS.ErrnoException).code }, 'the primary is gone: stopping');
    void stop().finally(() => process.exit(0));
  });
}

/**
 * Tests only (WORKER_DIRECT_PORT_BASE): a port of this worker's own, bound before anything else.
 * Bound once the app was built, the listen never completed in a worker (the primary never
 * answered the cluster's request for the handle; not found why), so it is bound first and hands
 * its connections to the app's server, as sticky does with the primary's.
 */
function listenDirect(port: number): Promise<Server> {
  const server = createServer();
  return new Promise((listening, fail) => {
    server.once('error', fail);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => listening(server));
  });
}
