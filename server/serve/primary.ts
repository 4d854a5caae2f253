import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:http';
import { setupPrimary as setupAdapterPrimary } from '@socket.io/cluster-adapter';
import { setupMaster as setupStickyPrimary } from '@socket.io/sticky';
import { serveSharedState } from '../shared-state/ipc-state.js';
import { createMemoryState } from '../shared-state/memory-state.js';
import type { Config } from '../config.js';
import { markInterruptedAnswers } from '../features/chat/answer-owner.js';
import { formatDemoCredentials } from '../features/staff/demo-accounts.js';
import type { Logger } from '../log.js';
import { stopReadingOnHandOver } from './hand-over.js';
import { onStopSignal } from './one-process.js';
import { closeHandoffsWhenGone, closeQueuedHandoffs } from './queued-handoffs.js';
import { prepareShop } from './shop.js';
import { isWorkerReady, LEADER_VARIABLE, type OwnerDied, SLOT_VARIABLE } from './worker-env.js';

/**
 * The primary of WORKERS > 1 (docs/decisions/028-workers-cluster.md): it does the shop's start-up
 * work once (migrations, seeds, the session secret, and marking every answer left streaming:
 * no process of the shop runs yet), forks the workers, and only once each reports ready listens
 * on PORT, handing each connection to a worker (`@socket.io/sticky`) and relaying the workers'
 * room messages to one another (`@socket.io/cluster-adapter`). It serves nothing itself.
 * Slot 0 leads at first. A worker that dies is forked again in its slot, leading if it led, and
 * the live workers are told at once, so its answers still streaming end as interrupted now rather
 * than when their heartbeat goes stale ([WORK5]); a worker that dies before it is ready ends the
 * start (a setting or a file that cannot work would otherwise be forked again without end).
 */
export async function runPrimary(config: Config, log: Logger): Promise<void> {
  const { db, demoAccounts } = await prepareShop(config, log);
  const interrupted = markInterruptedAnswers(db, Date.now());
  if (interrupted > 0) log.info({ interrupted }, 'answers left streaming marked interrupted');
  db.$client.close();

  const httpServer = createServer();
  setupStickyPrimary(httpServer, { loadBalancingMethod: 'least-connection' });
  setupAdapterPrimary();
  // Without Redis the primary keeps what every worker agrees on (limits, connections) and answers them over IPC.
  if (!config.REDIS_URL) serveSharedState(cluster, createMemoryState());
  // Sticky hands the first bytes of a request to the worker as a Buffer: the default JSON would turn it into an object.
  cluster.setupPrimary({ serialization: 'advanced' });

  const slots: Array<{ worker: Worker; leader: boolean; ready: boolean; instanceId: string }> = [];
  /** Dead workers' instance ids that no live worker was there to hear of: told to the next ready one. */
  const untold: string[] = [];
  const tellOwnerDied = (owners: string[]) => {
    const live = slots.filter((s) => s.ready && !s.worker.isDead());
    if (live.length === 0) return void untold.push(...owners);
    for (const owner of owners)
      for (const s of live) s.worker.send({ type: 'vx:owner-died', owner } satisfies OwnerDied, () => {});
  };
  let stopping = false;
  let started: (() => void) | undefined;
  const fork = (slot: number, leader: boolean) => {
    const worker = cluster.fork({ [SLOT_VARIABLE]: String(slot), [LEADER_VARIABLE]: leader ? '1' : '0' });
    stopReadingOnHandOver(worker);
    closeHandoffsWhenGone(
      worker as unknown as { send: (...args: unknown[]) => boolean },
      () => worker.isDead() || !worker.isConnected(),
    );
    const place = { worker, leader, ready: false, instanceId: '' };
    slots[slot] = place;
    // sticky's least-connection counts the sessions of each worker and would hand every new
    // connection to this one (none yet) while it starts and cannot take them: each would hang
    // until the client gives up. Counted as full until ready, it gets none; once ready, its own.
    const counted = worker as Worker & { clientsCount?: number };
    counted.clientsCount = Number.POSITIVE_INFINITY;
    worker.on('message', (message: unknown) => {
      if (!isWorkerReady(message)) return;
      counted.clientsCount = 0;
      place.ready = true;
      place.instanceId = message.instanceId;
      if (untold.length > 0) tellOwnerDied(untold.splice(0));
      if (slots.every((s) => s.ready)) started?.();
    });
    worker.once('exit', (code, signal) => {
      const closed = closeQueuedHandoffs(worker.process);
      if (closed > 0) log.warn({ slot, closed }, 'connections on their way to a worker that died closed');
      if (stopping) return;
      if (!place.ready) {
        log.error({ slot, code, signal }, 'a worker died before it was ready: stopping');
        void stopAll(1);
        return;
      }
      log.warn({ slot, code, signal, leader }, 'a worker died: forking another in its place');
      fork(slot, leader);
      tellOwnerDied([place.instanceId]);
    });
  };
  const stopAll = async (code: number) => {
    stopping = true;
    const live = slots.filter((s) => !s.worker.isDead());
    const exits = live.map((s) => new Promise((gone) => s.worker.process.once('exit', gone)));
    for (const s of live) s.worker.process.kill('SIGTERM');
    await Promise.all(exits);
    process.exit(code);
  };

  const ready = new Promise<void>((resolve) => (started = resolve));
  for (let slot = 0; slot < config.WORKERS; slot++) fork(slot, slot === 0);
  await ready;
  started = undefined;
  httpServer.listen(config.PORT, config.HOST, () => {
    const address = httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info({ port, workers: config.WORKERS }, 'listening');
    console.log(`VisionX Live is running at http://localhost:${port} (${config.WORKERS} processes)`);
    // stdout only, never the logger: the passwords must not end up in collected logs.
    if (demoAccounts) console.log(formatDemoCredentials(demoAccounts, `http://localhost:${port}`));
  });
  onStopSignal(log, () => stopAll(0));
}
