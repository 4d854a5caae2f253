import type { Clock, Db, Logger } from '../../ports.js';
import { describeFailure, isPermanent, retryDelay } from './mail-retry.js';
import type { MailTransport } from './mail-transport.js';
import type { Outbox } from './outbox.js';
import { claimDue, markAttemptFailed, markSent, type OutboxRow } from './outbox-claims.js';

export interface MailWorkerDeps {
  db: Db;
  outbox: Outbox;
  /** The app's clock: every due time, lease and backoff is decided on it (tests move it). */
  now: Clock;
  log: Logger;
  transport: MailTransport;
  /** MAIL_FROM. */
  from: string;
}

export interface MailWorker {
  /** Claims and sends every due row until none is left; answers how many were sent. */
  runOnce(): Promise<number>;
  /** Poll on a timer and run when a message is queued; stop() ends both and closes the transport. */
  start(): void;
  stop(): void;
}

/** Longer than the transport's timeouts together (mail-transport.ts), so a live send never loses its lease. */
export const LEASE_MS = 2 * 60_000;
/** Backoff and expired leases are found by this poll; fresh mail comes by the nudge at once. */
export const POLL_MS = 5000;
/** One row per claim: each lease starts when its own send does, so a slow batch cannot outlive its leases. */
const BATCH = 1;

/**
 * The outbox's sender (docs/ARCHITECTURE.md §15). A row is claimed with a lease in one UPDATE
 * (outbox-claims.ts), sent with the Message-ID fixed at queueing, then marked sent with its
 * bodies cleared. A worker that dies mid-send leaves a lease that runs out, and the row is sent
 * again by whoever claims it next, with the same Message-ID, so receivers drop the duplicate:
 * the one window no outbox can close (the server accepted, the process died before marking).
 */
export function createMailWorker(deps: MailWorkerDeps): MailWorker {
  const { db, log } = deps;
  let current: Promise<number> | null = null;
  let again = false;
  let stopped = true;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  async function sendOne(row: OutboxRow): Promise<boolean> {
    try {
      const body = deps.outbox.open(row);
      await deps.transport.send({
        from: deps.from,
        to: row.toAddress,
        subject: row.subject,
        text: body.text,
        html: body.html,
        messageId: row.messageId,
      });
    } catch (err) {
      const attempts = row.attempts + 1;
      const delay = isPermanent(err) ? null : retryDelay(attempts);
      const retryAt = delay === null ? null : deps.now() + delay;
      const error = describeFailure(err);
      markAttemptFailed(db, row, error, retryAt);
      // Id, kind and codes only: never the address, a body or the server's words. A retry is routine.
      const fields = { outboxId: row.id, kind: row.kind, attempts, error, retryAt };
      if (retryAt === null) log.warn(fields, 'mail failed for good');
      else log.info(fields, 'mail not sent yet; will retry');
      return false;
    }
    markSent(db, row.id, deps.now());
    log.info({ outboxId: row.id, kind: row.kind }, 'mail sent');
    return true;
  }

  async function drain(): Promise<number> {
    let sent = 0;
    // Closing stops before the next claim, so no row is left leased by a worker that is gone.
    while (!closed) {
      const claimed = claimDue(db, deps.now(), LEASE_MS, BATCH);
      if (claimed.length === 0) break;
      for (const row of claimed) if (await sendOne(row)) sent++;
    }
    return sent;
  }

  function runOnce(): Promise<number> {
    if (current !== null) {
      again = true;
      return current;
    }
    current = drain().finally(() => {
      current = null;
      if (again && !stopped) {
        again = false;
        void runSafely();
      }
    });
    return current;
  }

  const runSafely = () =>
    runOnce().catch((err) => {
      log.error({ err }, 'mail worker round failed');
      return 0;
    });

  deps.outbox.onQueued(() => {
    if (!stopped) void runSafely();
  });

  return {
    runOnce,
    start() {
      stopped = false;
      timer = setInterval(runSafely, POLL_MS);
      timer.unref();
      void runSafely();
    },
    stop() {
      stopped = true;
      closed = true;
      clearInterval(timer);
      timer = undefined;
      deps.transport.close();
    },
  };
}

/** start(app)'s mail job: with SMTP_URL a worker sends the outbox; without, mail waits there (see /dev/mail). */
export function startMailWorker(
  deps: Omit<MailWorkerDeps, 'transport' | 'from'> & { config: { SMTP_URL?: string; MAIL_FROM: string } },
  transportFor: (url: string) => MailTransport,
): () => void {
  const url = deps.config.SMTP_URL;
  if (!url) {
    deps.log.info('SMTP_URL is not set: mail stays in the outbox');
    return () => {};
  }
  const worker = createMailWorker({ ...deps, transport: transportFor(url), from: deps.config.MAIL_FROM });
  worker.start();
  return () => worker.stop();
}
