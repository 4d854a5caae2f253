import type { App, Running } from './app.js';
import { markInterruptedAnswers } from './features/chat/chat-identity.js';
import { startChargeReconciler } from './features/checkout/checkout-reconciler.js';
import { startFulfilmentSimulator } from './features/orders/fulfilment-simulator.js';
import { createSmtpTransport } from './features/mail/mail-transport.js';
import { startMailWorker } from './features/mail/mail-worker.js';
import { startSnoozeWaker } from './features/staff/snooze-waker.js';
import { startMaintenance } from './maintenance.js';
import { startSessionSweep } from './socket/session-sweep.js';
import { startConnectionRenewal } from './socket/connection-caps.js';

/**
 * The start-up work createApp leaves out. First, answers a killed process left streaming are
 * marked interrupted: call start before listening, while no answer of this process streams.
 * Then the periodic work begins: the answers' checkpoint timer, the hourly maintenance (its
 * first run now), the expired-session sweep, the charge reconciler (its first round now) and
 * the demo's fulfilment simulator (off when FULFILMENT_STEP_MS is 0), the desk's snooze waker and
 * the renewal of this process's connections in the shared state. Each is recorded in
 * `app.running`, so `app.close()` stops it; so does the stop returned. Once per app.
 */
export function start(app: App): { stop(): void } {
  if (app.running.length > 0) throw new Error('start(app) runs once per app');
  const { ctx, io, chat } = app;
  markInterruptedAnswers(ctx.db, ctx.now());
  // Each job is recorded the moment it runs, so close() stops it even if a later one throws.
  const started: Running[] = [];
  const run = (name: string, begin: () => () => void) => {
    const part = { name, stop: begin() };
    started.push(part);
    app.running.push(part);
  };
  run('answer checkpoints', () => {
    chat.checkpoints.start();
    return () => chat.checkpoints.stop();
  });
  run('maintenance', () => startMaintenance(ctx).stop);
  run('session sweep', () => startSessionSweep(io, ctx).stop);
  run('connection places', () => startConnectionRenewal(io, ctx));
  run('charge reconciler', () => startChargeReconciler(ctx).stop);
  run('fulfilment simulator', () => startFulfilmentSimulator(ctx, ctx.config.FULFILMENT_STEP_MS).stop);
  run('snooze waker', () => startSnoozeWaker(app.staff).stop);
  run('mail worker', () => startMailWorker(ctx, createSmtpTransport));
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
