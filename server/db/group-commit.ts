import type { Db, Tx } from './client.js';

/**
 * Group commit: writes queued during one turn of the event loop share one transaction, so one
 * fsync (synchronous=FULL) serves them all instead of one each. Each write runs in its own
 * savepoint, so one that throws is rolled back alone and rejects alone; the others commit.
 * A write's promise settles only after the shared commit: callers ack and publish after it,
 * as with any committed change. The work runs later than the call, so it must read what it
 * needs from the database (or from state that is still current) when it runs.
 */
export interface GroupCommit {
  run<T>(work: (tx: Tx) => T): Promise<T>;
}

interface Queued {
  work: (tx: Tx) => unknown;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

export function createGroupCommit(db: Db): GroupCommit {
  let queue: Queued[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; err: unknown })[] = [];
    try {
      db.transaction(
        (tx) => {
          for (const item of batch) {
            try {
              outcomes.push({ ok: true, value: tx.transaction((savepoint) => item.work(savepoint)) });
            } catch (err) {
              outcomes.push({ ok: false, err });
            }
          }
        },
        { behavior: 'immediate' },
      );
    } catch (err) {
      for (const item of batch) item.reject(err);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.err);
    });
  };
  return {
    run<T>(work: (tx: Tx) => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      });
    },
  };
}
