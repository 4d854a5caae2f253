import type { App, Running } from './app.js';
import {
  ANSWER_HEARTBEAT_MS,
  ANSWER_STALE_MS,
  type LeftBehind,
  markInterruptedAnswers,
  sweepDeadOwners,
} from './features/chat/answer-owner.js';
import { startChargeReconciler } from './features/checkout/checkout-reconciler.js';
import { startFulfilmentSimulator } from './features/orders/fulfilment-simulator.js';
import { createSmtpTransport } from './features/mail/mail-transport.js';
import { startMailWorker } from './features/mail/mail-worker.js';
import { startSnoozeWaker } from './features/staff/snooze-waker.js';
import { startMaintenance } from './maintenance.js';
import { startSessionSweep } from './socket/session-sweep.js';
import { syncPresence } from './features/staff/staff-desk.js';
import { MEMBERSHIP_RENEW_MS } from './shared-state/my-memberships.js';

/** What this process is among those serving the shop ([WORK3]). */
export interface ProcessRole {
  /**
   * True when no other process of the shop runs (one process, WORKERS=1): every answer left
   * streaming is a dead process's. False for a worker of several: only answers whose owner's
   * heartbeat is stale are.
   */
  alone: boolean;
  /** The one process that runs the once-per-shop jobs. */
  leader: boolean;
}

const ONE_PROCESS: ProcessRole = { alone: true, leader: true };

/**
 * The start-up work createApp leaves out. First, answers a dead process left streaming are
 * marked interrupted: call start before listening, while no answer of this process streams.
 * Then the periodic work begins. Per process: the answers' checkpoint timer (with their
 * heartbeat), the expired-session sweep of this process's sockets and the renewal of this
 * process's memberships in the shared state (connections, presence) with the others' presence read back. Once per shop, in the
 * leader only: the hourly maintenance (its first run now), the charge reconciler (its first round
 * now), the demo's fulfilment simulator (off when FULFILMENT_STEP_MS is 0), the desk's snooze
 * waker, the mail worker and, beside other processes, the sweep for answers whose owner died.
 * Each is recorded in `app.running`, so `app.close()` stops it; so does the stop returned. Once per app.
 */
export function start(app: App, role: ProcessRole = ONE_PROCESS): { stop(): void } {
  if (app.running.length > 0) throw new Error('start(app) runs once per app');
  const { ctx, io, chat } = app;
  const stale: LeftBehind = { staleFor: ANSWER_STALE_MS, except: ctx.instanceId };
  markInterruptedAnswers(ctx.db, ctx.now(), role.alone ? { all: true } : stale);
  // Each job is recorded the moment it runs, so close() stops it even if a later one throws.
  const started: Running[] = [];
  const run = (name: string, begin: () => () => void) => {
    const part = { name, stop: begin() };
    started.push(part);
    app.running.push(part);
  };
  const leaderOnly = (name: string, begin: () => () => void) => role.leader && run(name, begin);
  run('answer checkpoints', () => {
    chat.checkpoints.start();
    return () => chat.checkpoints.stop();
  });
  leaderOnly('maintenance', () => startMaintenance(ctx).stop);
  run('session sweep', () => startSessionSweep(io, ctx).stop);
  run('shared memberships', () => startMembershipRenewal(app));
  leaderOnly('charge reconciler', () => startChargeReconciler(ctx).stop);
  leaderOnly('fulfilment simulator', () => startFulfilmentSimulator(ctx, ctx.config.FULFILMENT_STEP_MS).stop);
  leaderOnly('snooze waker', () => startSnoozeWaker(app.staff).stop);
  leaderOnly('mail worker', () => startMailWorker(ctx, createSmtpTransport));
  if (!role.alone) leaderOnly('interrupted answers', () => startInterruptedSweep(app));
  return {
    stop() {
      for (const part of started) {
        const at = app.running.indexOf(part);
        if (at === -1) continue; // stopped already (app.close)
        app.running.splice(at, 1);
        part.stop();
      }
    },
  };
}

/** Every heartbeat period, the answers of a process that died since the start are marked ([WORK5]); returns the stop. */
function startInterruptedSweep(app: App): () => void {
  const { ctx } = app;
  const timer = setInterval(() => {
    try {
      const marked = sweepDeadOwners(ctx);
      if (marked > 0) ctx.log.warn({ marked }, 'answers of a process that died marked interrupted');
    } catch (err) {
      ctx.log.error({ err }, 'marking interrupted answers failed');
    }
  }, ANSWER_HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * This process's memberships (connection places, presence) renewed every MEMBERSHIP_RENEW_MS, and
 * the others' presence read back then, first at once (presence's truth on joining, [XPRES4]); returns the stop.
 */
function startMembershipRenewal(app: App): () => void {
  const { ctx, staff } = app;
  const sync = () =>
    syncPresence(staff).catch((err) => ctx.log.warn({ err }, 'presence not read from the shared state'));
  void sync();
  const timer = setInterval(() => {
    void ctx.memberships
      .renew()
      .catch((err) => ctx.limits.unavailable('connection caps', err, 'allow'))
      .then(sync);
  }, MEMBERSHIP_RENEW_MS);
  timer.unref();
  return () => clearInterval(timer);
}
