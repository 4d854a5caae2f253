import { and, eq, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { outbox } from '../../db/schema.js';

export type OutboxRow = typeof outbox.$inferSelect;

/**
 * Claim up to `limit` due rows in ONE statement: pending rows whose time has come, and rows a
 * worker leased but never finished (it died, or hung past its lease). SQLite runs one writer at
 * a time, so two workers (or two processes on one file) can never claim the same row: the
 * second UPDATE re-checks the WHERE after the first has committed and finds the row leased.
 */
export function claimDue(db: DbLike, now: number, leaseMs: number, limit: number): OutboxRow[] {
  const due = sql`(${outbox.state} = 'pending' and ${outbox.nextAttemptAt} <= ${now})
    or (${outbox.state} = 'sending' and ${outbox.leaseUntil} < ${now})`;
  return db
    .update(outbox)
    .set({ state: 'sending', leaseUntil: now + leaseMs })
    .where(
      sql`${outbox.id} in (select ${outbox.id} from ${outbox} where ${due} order by ${outbox.nextAttemptAt}, ${outbox.id} limit ${limit})
        and (${due})`,
    )
    .returning()
    .all();
}

/**
 * Sent: keep the headers as the record, clear the bodies (a reset link must not outlive its
 * sending). Whoever finishes first marks it; a worker whose lease was taken over changes nothing.
 */
export function markSent(db: DbLike, id: number, now: number): boolean {
  return (
    db
      .update(outbox)
      .set({ state: 'sent', sentAt: now, leaseUntil: null, html: null, text: null, lastError: null })
      .where(and(eq(outbox.id, id), eq(outbox.state, 'sending')))
      .run().changes === 1
  );
}

/** A failed attempt, recorded only by the lease holder: retry at `retryAt`, or null for failed for good. */
export function markAttemptFailed(
  db: DbLike,
  row: Pick<OutboxRow, 'id' | 'attempts' | 'leaseUntil'>,
  error: string,
  retryAt: number | null,
): boolean {
  return (
    db
      .update(outbox)
      .set({
        attempts: row.attempts + 1,
        lastError: error,
        leaseUntil: null,
        ...(retryAt === null ? { state: 'failed' as const } : { state: 'pending' as const, nextAttemptAt: retryAt }),
      })
      .where(and(eq(outbox.id, row.id), eq(outbox.state, 'sending'), eq(outbox.leaseUntil, row.leaseUntil ?? -1)))
      .run().changes === 1
  );
}
