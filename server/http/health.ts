import type Database from 'better-sqlite3';
import type { Express } from 'express';
import type { AppContext } from '../context.js';

export type Writability = { ok: true } | { ok: false; cause: 'locked' | 'read-only' | 'unavailable' };

/**
 * Can this process write to the database right now? Takes the write lock and lets it go at
 * once, without waiting for it: better-sqlite3 waits on the event loop, and a probe must not
 * stall every shopper for the 5 s busy timeout. A lock held only for a moment can fail one probe;
 * orchestrators ask again before they act.
 */
export function checkWritable(sqlite: Database.Database): Writability {
  // Between two turns of the event loop no transaction of ours is open (the group commit runs in one).
  if (sqlite.inTransaction) return { ok: true };
  const busyTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    sqlite.exec('ROLLBACK');
    return { ok: true };
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    return {
      ok: false,
      cause:
        code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
          ? 'locked'
          : code.startsWith('SQLITE_READONLY')
            ? 'read-only'
            : 'unavailable',
    };
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

/**
 * `/healthz`: liveness (the process answers; restart it if not). `/readyz`: readiness (it can
 * take orders: the database accepts writes; send no traffic while it answers 503).
 */
export function serveHealth(app: Express, ctx: AppContext): void {
  let wasReady = true;
  app.get('/healthz', (_req, res) => {
    ctx.db.$client.prepare('select 1').get();
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });
  app.get('/readyz', (_req, res) => {
    const state = checkWritable(ctx.db.$client);
    // Logged when it changes, not on every probe.
    if (state.ok !== wasReady) {
      if (state.ok) ctx.log.info('database writable again: ready');
      else ctx.log.warn({ cause: state.cause }, 'database cannot be written: not ready');
    }
    wasReady = state.ok;
    res
      .set('Cache-Control', 'no-store')
      .status(state.ok ? 200 : 503)
      .json(state.ok ? { ok: true } : { ok: false, database: state.cause });
  });
}
